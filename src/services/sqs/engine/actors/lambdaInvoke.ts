import type { Sim } from '../../../../engine/sim';
import { callAws, emitActor, randomOf, stepAt } from '../../../../engine/actors/act';
import type { Lambda, Poller } from './lambdaRuntime';
import { queueUrlOfArn } from './lambdaSqsConfig';
import { failureOf, sampleMs } from './processing';

/**
 * One synchronous invocation with the whole batch. Records are processed one after another; if
 * that takes longer than Timeout the invocation fails and, like any failure, nothing is deleted.
 * [D] From a FIFO queue the function stops at the first failure and reports it and every record
 * after it (unprocessed) as failed, so a later message of a group never overtakes an earlier one.
 */
export function invoke(sim: Sim, actor: Lambda, poller: Poller): void {
  const config = actor.config;
  const random = randomOf(sim, actor);
  const fifo = config.EventSourceArn.endsWith('.fifo');
  let durationMs = 0;
  const failed: string[] = [];
  const unprocessed: string[] = [];
  for (const message of poller.batch) {
    if (fifo && failed.length > 0) {
      unprocessed.push(message.MessageId);
      continue;
    }
    durationMs += sampleMs(config.ProcessingTime, random);
    if (failureOf(config, message.Body, random) !== undefined) failed.push(message.MessageId);
  }
  failed.push(...unprocessed);
  const timeoutMs = config.Timeout * 1000;
  const outcome =
    durationMs > timeoutMs
      ? 'timeout'
      : failed.length === 0
        ? 'success'
        : config.FunctionResponseTypes.length > 0
          ? 'partial'
          : 'failed';
  poller.state = 'invoking';
  poller.invocation = { startedAt: sim.now, failed, unprocessed, outcome };
  actor.runtime.invocations++;
  emitActor(sim, actor, 'invocation-started', {
    batchSize: poller.batch.length,
    poller: poller.index,
    until: sim.now + Math.min(durationMs, timeoutMs),
  });
  stepAt(sim, actor, sim.now + Math.min(durationMs, timeoutMs), 'invoked', poller.index);
}

/** [D] Success deletes the batch; a partial batch response deletes all but the reported items. */
export function invoked(sim: Sim, actor: Lambda, index: number): void {
  const rt = actor.runtime;
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
    for (const messageId of failed)
      emitActor(sim, actor, 'batch-item-failed', {
        messageId,
        unprocessed: invocation.unprocessed.includes(messageId),
      });
  }
  const toDelete =
    outcome === 'success' || outcome === 'partial'
      ? poller.batch.filter((m) => !failed.includes(m.MessageId))
      : [];
  for (let i = 0; i < toDelete.length; i += 10) {
    const Entries = toDelete
      .slice(i, i + 10)
      .map((m, j) => ({ Id: `r${i + j}`, ReceiptHandle: m.ReceiptHandle }));
    callAws(
      sim,
      actor,
      'sqs',
      'DeleteMessageBatch',
      { QueueUrl: queueUrlOfArn(actor.config.EventSourceArn), Entries },
      'delete',
    );
  }
  poller.state = 'receiving';
  poller.batch = [];
  delete poller.windowEndsAt;
  delete poller.invocation;
  stepAt(sim, actor, sim.now, 'receive', index);
}
