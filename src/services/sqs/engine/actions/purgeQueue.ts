import { createDeadlines } from '../../../../engine/core/deadlines';
import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { createDeque } from '../../../../engine/core/deque';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { clearDedup } from '../send';

const PURGE_INTERVAL_MS = 60_000;

/** [D]/[V] Deletes every message (delayed and in flight too) and clears FIFO deduplication; once per 60 s. */
export function purgeQueue(
  sim: Sim,
  _input: Input,
  queue: SqsQueue,
  replyTo: ReplyTo,
): Record<string, never> {
  if (queue.lastPurgeAt !== undefined && sim.now - queue.lastPurgeAt < PURGE_INTERVAL_MS) {
    throw sqsErrors.purgeInProgress(queue.name);
  }
  const deleted = queue.messages.size;
  queue.lastPurgeAt = sim.now;
  queue.messages.clear();
  queue.ready = createDeque();
  queue.timers = createDeadlines();
  queue.retention = createDeadlines();
  queue.groups.clear();
  queue.availableGroups = createDeque();
  queue.counts = { delayed: 0, visible: 0, inflight: 0 };
  clearDedup(queue);
  sim.emit({
    type: 'sqs/purged',
    at: sim.now,
    queue: queue.name,
    by: Sim.caller(replyTo),
    messagesDeleted: deleted,
  });
  return {};
}
