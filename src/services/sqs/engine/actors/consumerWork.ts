import type { Sim } from '../../../../engine/sim';
import { callAws, emitActor, randomOf, stepAt, type Received } from '../../../../engine/actors/act';
import { failureOf, sampleMs } from './processing';
import { freeSlots, type Consumer, type Job } from './consumerRuntime';

/** Receives when there is capacity and nothing stops it; the reply comes back as 'receive'. */
export function poll(sim: Sim, actor: Consumer): void {
  const rt = actor.runtime;
  const config = actor.config;
  const needed = Math.min(config.PollAtFreeSlots, config.Concurrency);
  if (rt.crashed || rt.draining || rt.polling || freeSlots(actor) < needed) return;
  if (rt.waitUntil !== undefined && sim.now < rt.waitUntil) return;
  delete rt.waitUntil;
  rt.polling = true;
  callAws(
    sim,
    actor,
    'sqs',
    'ReceiveMessage',
    {
      QueueUrl: config.QueueUrl,
      MaxNumberOfMessages: Math.min(config.MaxNumberOfMessages, freeSlots(actor)),
      WaitTimeSeconds: config.WaitTimeSeconds,
      MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      ...(config.Reply ? { MessageAttributeNames: ['ReplyTo', 'CorrelationId'] } : {}),
      ...(config.VisibilityTimeout === undefined
        ? {}
        : { VisibilityTimeout: config.VisibilityTimeout }),
    },
    'receive',
  );
}

export function startJob(sim: Sim, actor: Consumer, message: Received): void {
  const rt = actor.runtime;
  const config = actor.config;
  const random = randomOf(sim, actor);
  const durationMs = sampleMs(config.ProcessingTime, random);
  const failure = failureOf(config, message.Body, random);
  const job: Job = {
    id: rt.nextJob++,
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    startedAt: sim.now,
    doneAt: sim.now + durationMs,
  };
  if (failure !== undefined) job.failure = failure;
  const replyTo = message.MessageAttributes?.ReplyTo?.StringValue;
  if (config.Reply && replyTo !== undefined) {
    job.replyTo = replyTo;
    job.correlationId = message.MessageAttributes?.CorrelationId?.StringValue ?? message.MessageId;
  }
  rt.jobs.push(job);
  rt.received++;
  const receiveCount = Number(message.Attributes?.ApproximateReceiveCount ?? 1);
  sim.emit({
    type: 'actor/processing-started',
    at: sim.now,
    actor: actor.id,
    messageId: job.messageId,
    receiveCount,
    until: job.doneAt,
    durationMs,
  });
  // Jobs ending in the same millisecond share one step.
  if (!rt.jobs.some((other) => other !== job && other.doneAt === job.doneAt))
    stepAt(sim, actor, job.doneAt, 'done');
  if (config.Heartbeat !== undefined)
    stepAt(sim, actor, sim.now + config.Heartbeat.IntervalSeconds * 1000, 'heartbeat', job.id);
}

/** Ends the jobs due now, in the order they started. */
export function finishDueJobs(sim: Sim, actor: Consumer): void {
  const rt = actor.runtime;
  const jobs = rt.jobs;
  let kept = 0;
  for (const job of jobs) {
    if (job.doneAt <= sim.now) finishJob(sim, actor, job);
    else jobs[kept++] = job;
  }
  jobs.length = kept;
}

/**
 * A job ends. A failure is not deleted: the message becomes visible again when its visibility
 * timeout runs out, and SQS counts the next receive (the road to a dead-letter queue).
 */
function finishJob(sim: Sim, actor: Consumer, job: Job): void {
  const rt = actor.runtime;
  const durationMs = sim.now - job.startedAt;
  if (job.failure !== undefined) {
    rt.failed++;
    emitActor(sim, actor, 'processing-failed', {
      messageId: job.messageId,
      reason: job.failure,
      durationMs,
    });
    return;
  }
  rt.succeeded++;
  sim.emit({
    type: 'actor/processing-succeeded',
    at: sim.now,
    actor: actor.id,
    messageId: job.messageId,
    durationMs,
  });
  if (job.replyTo !== undefined) sendReply(sim, actor, job);
  const config = actor.config;
  if (!config.DeleteBatch) {
    callAws(
      sim,
      actor,
      'sqs',
      'DeleteMessage',
      { QueueUrl: config.QueueUrl, ReceiptHandle: job.receiptHandle },
      'delete',
      { messageId: job.messageId },
    );
    return;
  }
  rt.pendingDeletes.push(job);
  // The first success opens a batch window; ten successes fill the batch before it closes.
  if (rt.pendingDeletes.length >= 10) flushDeletes(sim, actor);
  else if (rt.pendingDeletes.length === 1)
    stepAt(sim, actor, sim.now + config.DeleteBatchWindowMs, 'flush-deletes', rt.deleteBatches);
}

/** A batch window closes: send its deletes, unless a full batch already took them. */
export function flushWindow(sim: Sim, actor: Consumer, batch: number): void {
  if (actor.runtime.deleteBatches === batch) flushDeletes(sim, actor);
}

export function flushDeletes(sim: Sim, actor: Consumer): void {
  const rt = actor.runtime;
  if (rt.pendingDeletes.length === 0) return;
  const entries = rt.pendingDeletes
    .splice(0, 10)
    .map((job) => ({ Id: `d${job.id}`, ReceiptHandle: job.receiptHandle }));
  rt.deleteBatches++;
  callAws(
    sim,
    actor,
    'sqs',
    'DeleteMessageBatch',
    { QueueUrl: actor.config.QueueUrl, Entries: entries },
    'delete-batch',
  );
}

/** [D] ChangeMessageVisibility counts the new timeout from now, so a heartbeat keeps a slow job hidden. */
export function heartbeat(sim: Sim, actor: Consumer, jobId: number): void {
  const config = actor.config;
  const job = actor.runtime.jobs.find((j) => j.id === jobId);
  if (job === undefined || config.Heartbeat === undefined) return;
  callAws(
    sim,
    actor,
    'sqs',
    'ChangeMessageVisibility',
    {
      QueueUrl: config.QueueUrl,
      ReceiptHandle: job.receiptHandle,
      VisibilityTimeout: config.Heartbeat.ExtendBySeconds,
    },
    'heartbeat',
    { messageId: job.messageId },
  );
  stepAt(sim, actor, sim.now + config.Heartbeat.IntervalSeconds * 1000, 'heartbeat', jobId);
}

/** [D] Request–response over SQS: the answer goes to the queue the request named. */
function sendReply(sim: Sim, actor: Consumer, job: Job): void {
  callAws(
    sim,
    actor,
    'sqs',
    'SendMessage',
    {
      QueueUrl: job.replyTo,
      MessageBody: `response to ${job.correlationId ?? job.messageId}`,
      MessageAttributes: { CorrelationId: { DataType: 'String', StringValue: job.correlationId } },
    },
    'reply',
    { messageId: job.messageId },
  );
}
