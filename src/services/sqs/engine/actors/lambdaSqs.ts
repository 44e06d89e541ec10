import { newGeneration } from '../../../../engine/actors/lifecycle';
import type { Sim } from '../../../../engine/sim';
import { contextOf, emitActor, emitCallFailed, stepAt } from '../../../../engine/actors/act';
import { defineActorKind, type ActorKind } from '../../../../engine/actors/behavior';
import { isFifoSource, noteGroups } from './lambdaFifo';
import { invoked } from './lambdaInvoke';
import { receiveFor, received, startPoller } from './lambdaPollers';
import type { Lambda, LambdaRuntime } from './lambdaRuntime';
import { configureLambdaSqs, type LambdaSqsConfig } from './lambdaSqsConfig';
import { adviceText, refusalText } from './lambdaAdvice';
import { mappingRefusal, visibilityAdvice } from './lambdaSqsQueueCheck';

/**
 * [D] Scaling of an SQS event source mapping: "Lambda starts with five concurrent batches and
 * adds up to 300 concurrent executions per minute while messages remain", up to
 * ScalingConfig.MaximumConcurrency (else the account limit, 1,000). Simplification: once a
 * minute, if no poller found the queue empty, add min(300, room) pollers; if some did, drop
 * those idle pollers (never below the first five). Real Lambda decides from internal signals.
 */
const INITIAL_POLLERS = 5;
const STEP_PER_MINUTE = 300;
const ACCOUNT_CONCURRENCY = 1000;

const maxConcurrency = (config: LambdaSqsConfig) =>
  config.ScalingConfig?.MaximumConcurrency ?? ACCOUNT_CONCURRENCY;
const floor = (config: LambdaSqsConfig) => Math.min(INITIAL_POLLERS, maxConcurrency(config));

export const lambdaSqs: ActorKind = defineActorKind<LambdaSqsConfig, LambdaRuntime>({
  configure: (raw) => ({ ...configureLambdaSqs(raw) }),
  admitUpdate(sim, config) {
    const refusal = mappingRefusal(sim, config);
    if (refusal !== undefined) throw refusal;
  },

  runtime: (_sim, _config, previous) => ({
    crashed: previous?.crashed ?? false,
    target: 0,
    pollers: [],
    receives: previous?.receives ?? 0,
    windowReceives: 0,
    emptyReceives: previous?.emptyReceives ?? 0,
    idlePollers: [],
    windowGroups: [],
    invocations: previous?.invocations ?? 0,
    succeeded: previous?.succeeded ?? 0,
    failed: previous?.failed ?? 0,
    timedOut: previous?.timedOut ?? 0,
    itemsFailed: previous?.itemsFailed ?? 0,
    refused: '',
  }),

  start(sim, actor) {
    if (refused(sim, actor)) return;
    const advice = visibilityAdvice(sim, actor.config);
    if (advice !== undefined)
      emitActor(sim, actor, 'visibility-timeout-below-advice', { ...advice });
    if (!actor.runtime.crashed) begin(sim, actor);
  },

  onStep(sim, actor, step, data) {
    if (step === 'receive') receiveFor(sim, actor, data as number);
    else if (step === 'invoked') invoked(sim, actor, data as number);
    else if (step === 'scale') scale(sim, actor);
  },

  onReply(sim, actor, purpose, outcome, context) {
    if (purpose === 'receive')
      return received(sim, actor, contextOf<{ poller: number }>(context).poller, outcome);
    // Its only other call: DeleteMessageBatch of what an invocation handled.
    if (!outcome.ok && purpose === 'delete') emitCallFailed(sim, actor, purpose, outcome.error);
  },

  gauges(sim, actor) {
    const rt = actor.runtime;
    const advice = visibilityAdvice(sim, actor.config);
    return {
      Advice: rt.refused !== '' ? rt.refused : advice === undefined ? '' : adviceText(advice),
      Status: lambdaSqs.status(actor),
      Pollers: rt.pollers.length,
      ConcurrentExecutions: rt.pollers.filter((p) => p.state === 'invoking').length,
      Invocations: rt.invocations,
      Succeeded: rt.succeeded,
      Failed: rt.failed,
      TimedOut: rt.timedOut,
      ItemsFailed: rt.itemsFailed,
    };
  },

  status(actor) {
    const rt = actor.runtime;
    if (rt.refused !== '') return 'refused';
    if (rt.crashed) return 'crashed';
    return rt.pollers.some((p) => p.state === 'invoking') ? 'processing' : 'polling';
  },

  /** The mapping is disabled abruptly: batches in hand are neither finished nor deleted. */
  crash(sim, actor) {
    const rt = actor.runtime;
    newGeneration(sim, actor);
    emitActor(sim, actor, 'crashed', {
      messagesDropped: rt.pollers.reduce((n, p) => n + p.batch.length, 0),
    });
    rt.crashed = true;
    rt.pollers = [];
    rt.target = 0;
  },

  restart(sim, actor) {
    if (!actor.runtime.crashed) lambdaSqs.crash?.(sim, actor);
    actor.runtime.crashed = false;
    newGeneration(sim, actor);
    emitActor(sim, actor, 'restarted');
    // Lambda checks a mapping when it is created or updated, not when it is enabled again.
    if (actor.runtime.refused === '') begin(sim, actor);
  },
});

/**
 * A canvas Lambda is a function plus its event source mapping. When Lambda refuses the mapping
 * (the queue's visibility timeout is below the function timeout), the function is still there and
 * says why on its node, while the rest of the world runs.
 */
function refused(sim: Sim, actor: Lambda): boolean {
  const refusal = mappingRefusal(sim, actor.config);
  const rt = actor.runtime;
  rt.refused = refusal === undefined ? '' : refusalText(refusal.name, refusal.message);
  if (refusal !== undefined)
    emitActor(sim, actor, 'mapping-refused', { error: refusal.name, message: refusal.message });
  return refusal !== undefined;
}

function begin(sim: Sim, actor: Lambda): void {
  const rt = actor.runtime;
  rt.target = floor(actor.config);
  for (let i = 0; i < rt.target; i++) startPoller(sim, actor, i);
  stepAt(sim, actor, sim.now + 60_000, 'scale');
}

function scale(sim: Sim, actor: Lambda): void {
  const rt = actor.runtime;
  const config = actor.config;
  const from = rt.target;
  // [D] FIFO: no more concurrent batches than message groups (seen this minute or in hand).
  const fifo = isFifoSource(config);
  for (const poller of rt.pollers) noteGroups(rt, poller.batch);
  const cap = fifo ? Math.max(1, rt.windowGroups.length) : maxConcurrency(config);
  if (rt.idlePollers.length === 0 && rt.windowReceives > 0) {
    rt.target = Math.min(maxConcurrency(config), cap, from + STEP_PER_MINUTE);
  } else {
    rt.target = Math.min(cap, Math.max(fifo ? 1 : floor(config), from - rt.idlePollers.length));
  }
  rt.idlePollers = [];
  rt.windowGroups = [];
  rt.windowReceives = 0;
  if (rt.target > from) {
    emitActor(sim, actor, 'scaled-out', { from, to: rt.target });
    const running = new Set(rt.pollers.map((p) => p.index));
    for (let i = 0; i < rt.target; i++) if (!running.has(i)) startPoller(sim, actor, i);
  } else if (rt.target < from) {
    // Pollers above the target leave when they next finish a receive with nothing in hand.
    emitActor(sim, actor, 'scaled-in', { from, to: rt.target });
  }
  stepAt(sim, actor, sim.now + 60_000, 'scale');
}
