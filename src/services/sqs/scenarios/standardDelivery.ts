import type { Scenario } from '../../../engine';

/** L06: a standard queue delivers at least once, in best-effort order. */
export const standardDelivery: Scenario = {
  version: 1,
  name: 'Standard queue: at-least-once, best-effort order',
  description:
    'A standard queue stores copies of each message on several servers. Now and then a receive returns a copy that is already out (a duplicate), and a later message overtakes an earlier one. Here the odds are raised (5% duplicates, 10% reordering) so it shows within a minute; consumers must be idempotent and must not rely on order.',
  seed: 10,
  lessons: ['L06'],
  nodes: [
    {
      id: 'clicks',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 4, BodyTemplate: 'click {n}', BatchSize: 10 },
    },
    {
      id: 'click-events',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: {
        QueueName: 'click-events',
        Behavior: { DuplicateProbability: 0.05, ReorderProbability: 0.1 },
      },
    },
    {
      id: 'analytics',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: {
        WaitTimeSeconds: 20,
        MaxNumberOfMessages: 1,
        Concurrency: 4,
        ProcessingTime: { Distribution: 'uniform', MinMs: 200, MaxMs: 800 },
      },
    },
  ],
  edges: [
    { id: 'e-send', source: 'clicks', target: 'click-events', type: 'sends-to' },
    { id: 'e-consume', source: 'click-events', target: 'analytics', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 1_000,
      text: 'Standard queues have nearly unlimited throughput, and in exchange promise at-least-once delivery and best-effort ordering.',
      lessons: ['L06'],
    },
    {
      at: 20_000,
      text: 'Look in the event log for "duplicate" and "overtook": some clicks were delivered twice and some arrived before earlier ones. A standard-queue consumer must tolerate both; use FIFO when it cannot.',
      lessons: ['L06'],
    },
  ],
};
