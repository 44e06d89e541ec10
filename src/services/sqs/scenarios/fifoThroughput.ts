import type { Scenario } from '../../../engine';

/** L19: 300 SendMessage calls per second on a FIFO queue; batching carries 10 messages per call. */
export const fifoThroughput: Scenario = {
  version: 1,
  name: 'FIFO throughput and batching',
  description:
    'Two producers each try to send 400 messages per second to a FIFO queue. The top one calls SendMessage once per message and is throttled above 300 calls per second. The bottom one uses SendMessageBatch with 10 messages per call: 40 calls per second, well within the limit (3,000 messages per second with batching).',
  seed: 11,
  lessons: ['L19'],
  nodes: [
    {
      id: 'ticker-single',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: {
        MessagesPerSecond: 400,
        BodyTemplate: 'trade {n}',
        GroupIdPattern: { Mode: 'round-robin', Value: 'g', Groups: 10 },
        DeduplicationIdTemplate: 'trade-{n}',
        MaxMessages: 2_000,
      },
    },
    {
      id: 'trades-single',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'trades-single.fifo', Attributes: { FifoQueue: 'true' } },
    },
    {
      id: 'ticker-batch',
      type: 'producer',
      position: { x: 0, y: 280 },
      config: {
        MessagesPerSecond: 400,
        BodyTemplate: 'trade {n}',
        GroupIdPattern: { Mode: 'round-robin', Value: 'g', Groups: 10 },
        DeduplicationIdTemplate: 'trade-{n}',
        BatchSize: 10,
        MaxMessages: 2_000,
      },
    },
    {
      id: 'trades-batch',
      type: 'sqs-queue',
      position: { x: 260, y: 280 },
      config: { QueueName: 'trades-batch.fifo', Attributes: { FifoQueue: 'true' } },
    },
  ],
  lanes: [
    { title: 'Top: one SendMessage per message', nodes: ['ticker-single', 'trades-single'] },
    { title: 'Bottom: SendMessageBatch of 10', nodes: ['ticker-batch', 'trades-batch'] },
  ],
  edges: [
    { id: 'e-single', source: 'ticker-single', target: 'trades-single', type: 'sends-to' },
    { id: 'e-batch', source: 'ticker-batch', target: 'trades-batch', type: 'sends-to' },
  ],
  narration: [
    {
      at: 1_000,
      text: 'Top: the first call leaves at 3 ms, so 399 SendMessage calls fall in the first second (the 400th, at 1.000 s, counts toward the next). A FIFO queue takes 300 calls per second per action: the first 300 were stored by 0.75 s and the other 99 refused with ThrottlingException (the producer counts them as failed). From now on, 100 of every 400 per second are refused.',
      lessons: ['L19'],
    },
    {
      at: 2_000,
      text: 'Bottom: the same 400 messages per second travel in 40 SendMessageBatch calls of 10. A batch counts as one call, so FIFO reaches 3,000 messages per second with batching.',
      lessons: ['L19'],
    },
    {
      at: 5_000,
      text: 'Need more? High-throughput mode (DeduplicationScope = messageGroup, FifoThroughputLimit = perMessageGroupId) allows 300 per message group and tens of thousands per queue today.',
      lessons: ['L19'],
    },
  ],
};
