import type { Sim } from '../../../../engine/sim';
import {
  callAws,
  configOf,
  contextOf,
  emitActor,
  randomOf,
  runtimeOf,
  stepAt,
  valueOf,
} from '../../../../engine/actors/act';
import type { ActorBehavior } from '../../../../engine/actors/behavior';
import { configureProducer, type ProducerConfig } from './producerConfig';
import { message } from './producerMessages';
import type { ActorRecord } from '../../../../engine/actors/state';

interface ProducerRuntime {
  startedAt: number;
  /** Regular sends so far since (re)start, which places the next one. */
  tick: number;
  bursts: number;
  /** Messages attempted; the next message is number attempted + 1 ({n}). */
  attempted: number;
  sent: number;
  failed: number;
  roundRobin: number;
  finished: boolean;
}

const rt = (actor: ActorRecord) => runtimeOf<ProducerRuntime>(actor);

/**
 * Sends at MessagesPerSecond, BatchSize messages per request. Every failure is counted and
 * reported (actor/send-failed), never dropped silently: a throttled FIFO send is a lesson.
 */
export const producer: ActorBehavior = {
  configure: (raw) => ({ ...configureProducer(raw) }),

  start(sim, actor) {
    const previous = actor.runtime as Partial<ProducerRuntime>;
    actor.runtime = {
      startedAt: sim.now,
      tick: 0,
      bursts: 0,
      attempted: previous.attempted ?? 0,
      sent: previous.sent ?? 0,
      failed: previous.failed ?? 0,
      roundRobin: previous.roundRobin ?? 0,
      finished: false,
    } satisfies ProducerRuntime;
    scheduleTick(sim, actor);
    const burst = configOf<ProducerConfig>(actor).Burst;
    if (burst !== undefined) stepAt(sim, actor, sim.now + burst.EverySeconds * 1000, 'burst');
  },

  onStep(sim, actor, step) {
    const config = configOf<ProducerConfig>(actor);
    if (rt(actor).finished) return;
    if (step === 'tick') {
      rt(actor).tick++;
      send(sim, actor, config.BatchSize);
      scheduleTick(sim, actor);
    } else if (step === 'burst' && config.Burst !== undefined) {
      rt(actor).bursts++;
      for (
        let left = config.Burst.ExtraMessages;
        left > 0 && !rt(actor).finished;
        left -= config.BatchSize
      ) {
        send(sim, actor, Math.min(left, config.BatchSize));
      }
      stepAt(
        sim,
        actor,
        rt(actor).startedAt + (rt(actor).bursts + 1) * config.Burst.EverySeconds * 1000,
        'burst',
      );
    }
  },

  onReply(sim, actor, purpose, outcome, context) {
    const { count } = contextOf<{ count: number }>(context);
    if (!outcome.ok) {
      rt(actor).failed += count;
      emitActor(sim, actor, 'send-failed', {
        error: outcome.error.name,
        message: outcome.error.message,
        count,
      });
      return;
    }
    if (purpose === 'send') {
      rt(actor).sent++;
      return;
    }
    const value = valueOf(outcome);
    const failed = Array.isArray(value.Failed)
      ? (value.Failed as { Code: string; Message: string }[])
      : [];
    rt(actor).sent += count - failed.length;
    rt(actor).failed += failed.length;
    for (const entry of failed)
      emitActor(sim, actor, 'send-failed', { error: entry.Code, message: entry.Message, count: 1 });
  },

  gauges(_sim, actor) {
    const r = rt(actor);
    return {
      Status: producer.status(actor),
      Sent: r.sent,
      Failed: r.failed,
      Attempted: r.attempted,
    };
  },

  status: (actor) => (rt(actor).finished ? 'finished' : 'producing'),
};

/** Constant arrivals land on exact multiples of the interval from the start, so rounding never drifts. */
function scheduleTick(sim: Sim, actor: ActorRecord): void {
  const config = configOf<ProducerConfig>(actor);
  const intervalMs = (1000 * config.BatchSize) / config.MessagesPerSecond;
  const r = rt(actor);
  const at =
    config.Arrival === 'constant'
      ? r.startedAt + Math.round((r.tick + 1) * intervalMs)
      : sim.now + Math.max(1, Math.round(randomOf(sim, actor).exponential(intervalMs)));
  stepAt(sim, actor, at, 'tick');
}

function send(sim: Sim, actor: ActorRecord, wanted: number): void {
  const config = configOf<ProducerConfig>(actor);
  const r = rt(actor);
  const count =
    config.MaxMessages === undefined ? wanted : Math.min(wanted, config.MaxMessages - r.attempted);
  if (count <= 0) return;
  if (config.BatchSize === 1) {
    const entry = message(sim, actor, config, ++r.attempted);
    entry.QueueUrl = config.QueueUrl;
    callAws(sim, actor, 'sqs', 'SendMessage', entry, 'send', { count });
  } else {
    const batch = Array.from({ length: count }, () => {
      const entry = message(sim, actor, config, ++r.attempted);
      entry.Id = `m${r.attempted}`;
      return entry;
    });
    callAws(
      sim,
      actor,
      'sqs',
      'SendMessageBatch',
      { QueueUrl: config.QueueUrl, Entries: batch },
      'send-batch',
      { count },
    );
  }
  if (config.MaxMessages !== undefined && r.attempted >= config.MaxMessages) {
    r.finished = true;
    emitActor(sim, actor, 'finished', { attempted: r.attempted });
  }
}
