import type { Scenario } from '../../../engine';

/** L04: messages stay until deleted — or until the retention period ends. */
export const retention: Scenario = {
  version: 1,
  name: 'Retention: messages expire',
  description:
    'A queue keeps a message until a consumer deletes it, for at most MessageRetentionPeriod (default 4 days, from 1 minute to 14 days). Here retention is the minimum, 60 s, and the consumer is down for 90 s: the orders it would have processed expire and are gone.',
  seed: 14,
  lessons: ['L04'],
  nodes: [
    {
      id: 'checkout',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 0.5, BodyTemplate: 'order {n}', MaxMessages: 40 },
    },
    {
      id: 'orders',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'orders', Attributes: { MessageRetentionPeriod: '60' } },
    },
    {
      id: 'fulfilment',
      type: 'consumer',
      position: { x: 520, y: 0 },
      // Short polling, so no long poll is left waiting when the consumer crashes at 0 s.
      config: {
        WaitTimeSeconds: 0,
        PollIntervalMs: 1_000,
        ProcessingTime: { Distribution: 'fixed', Ms: 500 },
      },
    },
  ],
  edges: [
    { id: 'e-send', source: 'checkout', target: 'orders', type: 'sends-to' },
    { id: 'e-consume', source: 'orders', target: 'fulfilment', type: 'consumes-from' },
  ],
  script: [
    { at: 0, service: 'playground', action: 'CrashActor', input: { ActorId: 'fulfilment' } },
    { at: 90_000, service: 'playground', action: 'RestartActor', input: { ActorId: 'fulfilment' } },
  ],
  narration: [
    {
      at: 1_000,
      text: 'The consumer is down. Orders are persisted in the queue until a consumer deletes them — but for no longer than the retention period, here 60 s (default 4 days = 345,600 s; maximum 14 days = 1,209,600 s).',
      lessons: ['L04'],
    },
    {
      at: 62_500,
      text: 'Order 1 was sent at 2 s and has now been in the queue for 60 s: it expired and is deleted by SQS, unread. One more expires every 2 s.',
      lessons: ['L04'],
    },
    {
      at: 90_500,
      text: 'The consumer is back after 90 s. The 15 orders sent up to 30 s expired unread; it finds only those younger than 60 s. Choose a retention longer than your worst outage (and a DLQ retention longer than its source).',
      lessons: ['L04'],
    },
  ],
};
