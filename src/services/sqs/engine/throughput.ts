import type { Sim } from '../../../engine/sim';
import { sqsErrors } from './errors';
import type { SqsQueue } from './model';

/**
 * [D] FIFO throughput: 300 requests per second per API action (a batch counts once, so 3,000
 * messages/s with batches of 10). High-throughput mode (DeduplicationScope=messageGroup and
 * FifoThroughputLimit=perMessageGroupId) allows 300 per message group and 70,000 per queue
 * (us-east-1). Standard queues are nearly unlimited. Over the limit: ThrottlingException.
 */
export type ThroughputFamily = 'send' | 'receive' | 'delete' | 'change';

const PER_ACTION = 300;
const HIGH_THROUGHPUT_PER_ACTION = 70_000;
const PER_GROUP = 300;

export function limitFor(queue: SqsQueue): number {
  return queue.config.highThroughput ? HIGH_THROUGHPUT_PER_ACTION : PER_ACTION;
}

export function checkThroughput(
  sim: Sim,
  queue: SqsQueue,
  family: ThroughputFamily,
  action: string,
  by: string,
  groupIds: readonly string[] = [],
): void {
  if (!queue.fifo) return;
  const second = Math.floor(sim.now / 1000);
  if (queue.throttle.second !== second) queue.throttle = { second, counts: {} };
  const counts = queue.throttle.counts;
  const limits: [string, number][] = [[family, limitFor(queue)]];
  if (queue.config.highThroughput) {
    for (const group of new Set(groupIds)) limits.push([`${family}:${group}`, PER_GROUP]);
  }
  const over = limits.find(([key, limit]) => (counts[key] ?? 0) >= limit);
  if (over !== undefined) {
    sim.emit({ type: 'sqs/throttled', at: sim.now, queue: queue.name, by, action, limit: over[1] });
    throw sqsErrors.throttled();
  }
  for (const [key] of limits) counts[key] = (counts[key] ?? 0) + 1;
}
