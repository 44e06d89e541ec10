import { oldestEnqueuedAt } from './lifecycle';
import type { SqsQueue } from './model';

/** What CloudWatch would show for a queue right now (SQS publishes these per minute). */
export interface QueueGauges {
  ApproximateNumberOfMessagesVisible: number;
  ApproximateNumberOfMessagesNotVisible: number;
  ApproximateNumberOfMessagesDelayed: number;
  /** Seconds since the oldest message still in the queue was enqueued. */
  ApproximateAgeOfOldestMessage: number;
  NumberOfMessagesSent: number;
  NumberOfMessagesReceived: number;
  NumberOfMessagesDeleted: number;
  NumberOfEmptyReceives: number;
  SentMessageSize: number;
  /** Requests as the bill counts them, each 64 KiB of payload one (not a CloudWatch metric). */
  BilledRequests: number;
  /** Long polls waiting now (not a CloudWatch metric; the canvas shows them). */
  WaitingPolls: number;
}

export function queueGauges(queue: SqsQueue, now: number): QueueGauges {
  return {
    ApproximateNumberOfMessagesVisible: queue.counts.visible,
    ApproximateNumberOfMessagesNotVisible: queue.counts.inflight,
    ApproximateNumberOfMessagesDelayed: queue.counts.delayed,
    ApproximateAgeOfOldestMessage: oldestAgeSeconds(queue, now),
    ...queue.metrics,
    WaitingPolls: queue.polls.length,
  };
}

function oldestAgeSeconds(queue: SqsQueue, now: number): number {
  const oldest = oldestEnqueuedAt(queue);
  return oldest === undefined ? 0 : Math.floor((now - oldest) / 1000);
}
