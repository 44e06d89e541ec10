import type { SqsEvent } from './events';
import { Priority } from '../../../engine/core/scheduler';
import { PENDING, type ReplyTo, type Sim } from '../../../engine/sim';
import { billRequest } from './billing';
import { hasReceivable, scheduleWake } from './lifecycle';
import type { ReceiveRequest, SqsQueue } from './model';
import { receive } from './receive';

/**
 * [D] Long polling: a receive that finds nothing waits up to WaitTimeSeconds and answers as soon
 * as at least one message can be returned, without waiting to fill MaxNumberOfMessages.
 */
export function startPoll(
  sim: Sim,
  queue: SqsQueue,
  request: ReceiveRequest,
  replyTo: ReplyTo,
): typeof PENDING {
  const id = sim.state.sqs.nextPollId++;
  const deadline = sim.now + request.waitTimeSeconds * 1000;
  queue.polls.push({ id, replyTo, request, startedAt: sim.now, deadline });
  sim.schedule(deadline, Priority.waitExpiry, {
    kind: 'sqs/poll-expired',
    queue: queue.key,
    poll: id,
  });
  sim.emit({
    type: 'sqs/poll-started',
    at: sim.now,
    queue: queue.name,
    by: request.caller,
    waitSeconds: request.waitTimeSeconds,
    until: deadline,
  });
  return PENDING;
}

/** Answers waiting long polls, oldest first, while messages can be handed out. */
export function servePolls(sim: Sim, queue: SqsQueue): void {
  while (queue.polls.length > 0 && hasReceivable(queue)) {
    const poll = queue.polls[0];
    if (poll === undefined) return;
    const stored = queue.messages.size;
    const messages = receive(sim, queue, poll.request);
    if (messages.length === 0) {
      // Every candidate went to the dead-letter queue: try again, unless nothing moved at all.
      if (queue.messages.size === stored) return;
      continue;
    }
    queue.polls.shift();
    sim.reply(poll.replyTo, { ok: true, value: { Messages: messages } });
  }
}

export function expirePoll(sim: Sim, queue: SqsQueue, pollId: number): void {
  const index = queue.polls.findIndex((p) => p.id === pollId);
  const poll = queue.polls[index];
  if (poll === undefined) return;
  queue.polls.splice(index, 1);
  recordEmptyReceive(sim, queue, poll.request.caller, (sim.now - poll.startedAt) / 1000);
  sim.reply(poll.replyTo, { ok: true, value: {} });
}

/** NumberOfEmptyReceives: the cost of polling an empty queue. */
export function recordEmptyReceive(
  sim: Sim,
  queue: SqsQueue,
  by: string,
  waitedSeconds: number,
  /** Visible messages a short poll did not reach (on servers it did not ask). */
  missedVisible = 0,
): void {
  queue.metrics.NumberOfEmptyReceives++;
  billRequest(queue);
  const event: Extract<SqsEvent, { type: 'sqs/empty-receive' }> = {
    type: 'sqs/empty-receive',
    at: sim.now,
    queue: queue.name,
    by,
    waitedSeconds,
  };
  if (missedVisible > 0) event.missedVisible = missedVisible;
  sim.emit(event);
}

/** After anything that may have made messages receivable or moved a deadline. */
export function afterChange(sim: Sim, queue: SqsQueue): void {
  servePolls(sim, queue);
  scheduleWake(sim, queue);
}
