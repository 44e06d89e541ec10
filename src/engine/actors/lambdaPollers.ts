import type { Outcome, Sim } from '../sim';
import { callAws, configOf, emitActor, messagesOf, runtimeOf, stepAt, type Received } from './act';
import { queueUrlOfArn, type LambdaSqsConfig } from './lambdaSqsConfig';
import { failureOf, sampleMs } from './processing';
import type { ActorRecord } from './state';

/** One poller of the mapping: gathers a batch, invokes the function, waits for it, repeats. */
export interface Poller {
  index: number;
  state: 'receiving' | 'invoking';
  batch: Received[];
  windowEndsAt?: number;
  invocation?: { startedAt: number; failed: string[]; outcome: 'success' | 'partial' | 'failed' | 'timeout' };
}

export interface LambdaRuntime {
  crashed: boolean;
  /** How many pollers may run now (scales with the backlog, see lambdaSqs.ts). */
  target: number;
  pollers: Poller[];
  receives: number;
  /** Receives since the last scaling step. */
  windowReceives: number;
  emptyReceives: number;
  /** Pollers that found the queue empty since the last scaling step. */
  idlePollers: number[];
  invocations: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  itemsFailed: number;
}

export const lambdaRuntime = (actor: ActorRecord) => runtimeOf<LambdaRuntime>(actor);

export function startPoller(sim: Sim, actor: ActorRecord, index: number): void {
  lambdaRuntime(actor).pollers.push({ index, state: 'receiving', batch: [] });
  stepAt(sim, actor, sim.now, 'receive', index);
}

/** [D] The mapping long-polls (20 s) and takes up to 10 messages per ReceiveMessage to fill BatchSize. */
export function receiveFor(sim: Sim, actor: ActorRecord, index: number): void {
  const rt = lambdaRuntime(actor);
  const poller = rt.pollers.find((p) => p.index === index);
  if (poller === undefined) return;
  if (poller.batch.length === 0 && index >= rt.target) {
    rt.pollers = rt.pollers.filter((p) => p !== poller);
    return;
  }
  const config = configOf<LambdaSqsConfig>(actor);
  const left = poller.windowEndsAt === undefined ? 20 : Math.ceil((poller.windowEndsAt - sim.now) / 1000);
  if (left <= 0) return invoke(sim, actor, poller);
  callAws(sim, actor, 'sqs', 'ReceiveMessage', {
    QueueUrl: queueUrlOfArn(config.EventSourceArn),
    MaxNumberOfMessages: Math.min(10, config.BatchSize - poller.batch.length),
    WaitTimeSeconds: Math.min(20, left),
  }, 'receive', { poller: index });
}

export function received(sim: Sim, actor: ActorRecord, index: number, outcome: Outcome): void {
  const rt = lambdaRuntime(actor);
  const poller = rt.pollers.find((p) => p.index === index);
  if (poller === undefined) return;
  const config = configOf<LambdaSqsConfig>(actor);
  const messages = messagesOf(outcome);
  rt.receives++;
  rt.windowReceives++;
  if (!outcome.ok) emitActor(sim, actor, 'receive-failed', { error: outcome.error.name, message: outcome.error.message });
  if (messages.length === 0 && poller.batch.length === 0) {
    rt.emptyReceives++;
    if (!rt.idlePollers.includes(index)) rt.idlePollers.push(index);
    // A failed receive waits a second before trying again; an empty long poll already waited.
    return stepAt(sim, actor, sim.now + (outcome.ok ? 0 : 1000), 'receive', index);
  }
  if (poller.batch.length === 0) poller.windowEndsAt = sim.now + config.MaximumBatchingWindowInSeconds * 1000;
  poller.batch.push(...messages);
  const full = poller.batch.length >= config.BatchSize;
  if (full || config.MaximumBatchingWindowInSeconds === 0 || sim.now >= (poller.windowEndsAt ?? 0)) return invoke(sim, actor, poller);
  stepAt(sim, actor, sim.now, 'receive', index);
}

/**
 * One synchronous invocation with the whole batch. Records are processed one after another; if
 * that takes longer than Timeout the invocation fails and, like any failure, nothing is deleted.
 */
function invoke(sim: Sim, actor: ActorRecord, poller: Poller): void {
  const config = configOf<LambdaSqsConfig>(actor);
  const random = sim.random(`actor:${actor.id}`);
  let durationMs = 0;
  const failed: string[] = [];
  for (const message of poller.batch) {
    durationMs += sampleMs(config.ProcessingTime, random);
    if (failureOf(config, message.Body, random) !== undefined) failed.push(message.MessageId);
  }
  const timeoutMs = config.Timeout * 1000;
  const outcome = durationMs > timeoutMs ? 'timeout' : failed.length === 0 ? 'success' : config.FunctionResponseTypes.length > 0 ? 'partial' : 'failed';
  poller.state = 'invoking';
  poller.invocation = { startedAt: sim.now, failed, outcome };
  lambdaRuntime(actor).invocations++;
  emitActor(sim, actor, 'invocation-started', { batchSize: poller.batch.length, poller: poller.index, until: sim.now + Math.min(durationMs, timeoutMs) });
  stepAt(sim, actor, sim.now + Math.min(durationMs, timeoutMs), 'invoked', poller.index);
}

/** [D] Success deletes the batch; a partial batch response deletes all but the reported items. */
export function invoked(sim: Sim, actor: ActorRecord, index: number): void {
  const rt = lambdaRuntime(actor);
  const poller = rt.pollers.find((p) => p.index === index);
  const invocation = poller?.invocation;
  if (poller === undefined || invocation === undefined) return;
  const { outcome, failed } = invocation;
  emitActor(sim, actor, 'invoked', {
    batchSize: poller.batch.length,
    outcome,
    durationMs: sim.now - invocation.startedAt,
    failedItems: outcome === 'timeout' ? poller.batch.length : failed.length,
    poller: index,
  });
  if (outcome === 'success') rt.succeeded++;
  else if (outcome === 'timeout') rt.timedOut++;
  else rt.failed++;
  if (outcome === 'partial') {
    rt.itemsFailed += failed.length;
    for (const messageId of failed) emitActor(sim, actor, 'batch-item-failed', { messageId });
  }
  const toDelete = outcome === 'success' || outcome === 'partial' ? poller.batch.filter((m) => !failed.includes(m.MessageId)) : [];
  for (let i = 0; i < toDelete.length; i += 10) {
    const Entries = toDelete.slice(i, i + 10).map((m, j) => ({ Id: `r${i + j}`, ReceiptHandle: m.ReceiptHandle }));
    callAws(sim, actor, 'sqs', 'DeleteMessageBatch', { QueueUrl: queueUrlOfArn(configOf<LambdaSqsConfig>(actor).EventSourceArn), Entries }, 'delete');
  }
  poller.state = 'receiving';
  poller.batch = [];
  delete poller.windowEndsAt;
  delete poller.invocation;
  stepAt(sim, actor, sim.now, 'receive', index);
}
