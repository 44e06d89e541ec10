import { createDeadlines } from '../../../engine/core/deadlines';
import { createDeque } from '../../../engine/core/deque';
import type { Sim } from '../../../engine/sim';
import { defaultAttributes, deriveConfig, mergeAttributes } from './queueAttributes';
import type { SqsQueue } from './model';
import { queueArn, queueUrl } from './queues';

/** A new, empty queue record with AWS's defaults under the given (validated) attributes. */
export function newQueue(
  sim: Sim,
  name: string,
  fifo: boolean,
  attributes: Record<string, string>,
  tags: Record<string, string>,
): SqsQueue {
  const state = sim.state.sqs;
  const merged = mergeAttributes(defaultAttributes(fifo), attributes);
  return {
    key: sim.count('sqs-queue'),
    name,
    url: queueUrl(state, name),
    arn: queueArn(state, name),
    fifo,
    attributes: merged,
    config: deriveConfig(merged),
    dedupScope: merged.DeduplicationScope === 'messageGroup' ? 'messageGroup' : 'queue',
    createdAt: sim.now,
    lastModifiedAt: sim.now,
    tags: { ...tags },
    messages: new Map(),
    ready: createDeque(),
    timers: createDeadlines(),
    retention: createDeadlines(),
    groups: new Map(),
    availableGroups: createDeque(),
    dedup: new Map(),
    dedupOrder: createDeque(),
    polls: [],
    receiveAttempts: new Map(),
    counts: { delayed: 0, visible: 0, inflight: 0 },
    metrics: {
      NumberOfMessagesSent: 0,
      NumberOfMessagesReceived: 0,
      NumberOfMessagesDeleted: 0,
      NumberOfEmptyReceives: 0,
      SentMessageSize: 0,
      BilledRequests: 0,
    },
    sequence: 0,
    throttle: { second: -1, counts: {} },
    behavior: { duplicateProbability: 0, reorderProbability: 0, shortPollSkipProbability: 0 },
  };
}
