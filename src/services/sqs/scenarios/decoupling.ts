import type { Scenario } from '../../../engine';

/**
 * L01, L03, L07, L08: a web tier sends orders at 5 per second, then a sale brings 300 at once.
 * The queue stores the spike; two consumers drain it at their own pace, 10 messages per receive.
 */
export const decoupling: Scenario = {
  version: 1,
  name: 'Decoupling with a buffer',
  description:
    'A shop sends 5 orders per second, and every 60 s a sale adds 300 at once. A synchronous call to the order service would time out; the SQS queue stores the spike instead, and two consumers drain it at their own pace (up to 10 messages per receive, each a share of the messages).',
  seed: 1,
  lessons: ['L01', 'L03', 'L07', 'L08'],
  nodes: [
    {
      id: 'web-shop',
      type: 'producer',
      position: { x: 0, y: 120 },
      config: {
        MessagesPerSecond: 5,
        Arrival: 'constant',
        Burst: { EverySeconds: 60, ExtraMessages: 300 },
        BodyTemplate: '{"orderId": {n}}',
        BatchSize: 10,
      },
    },
    {
      id: 'orders',
      type: 'sqs-queue',
      position: { x: 260, y: 120 },
      config: { QueueName: 'orders', Attributes: { VisibilityTimeout: '30' } },
    },
    {
      id: 'order-service-1',
      type: 'consumer',
      position: { x: 520, y: 40 },
      config: {
        WaitTimeSeconds: 20,
        MaxNumberOfMessages: 10,
        Concurrency: 10,
        ProcessingTime: { Distribution: 'uniform', MinMs: 1500, MaxMs: 2500 },
        DeleteBatch: true,
      },
    },
    {
      id: 'order-service-2',
      type: 'consumer',
      position: { x: 520, y: 200 },
      config: {
        WaitTimeSeconds: 20,
        MaxNumberOfMessages: 10,
        Concurrency: 10,
        ProcessingTime: { Distribution: 'uniform', MinMs: 1500, MaxMs: 2500 },
        DeleteBatch: true,
      },
    },
  ],
  edges: [
    { id: 'e-send', source: 'web-shop', target: 'orders', type: 'sends-to' },
    { id: 'e-consume-1', source: 'orders', target: 'order-service-1', type: 'consumes-from' },
    { id: 'e-consume-2', source: 'orders', target: 'order-service-2', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 0,
      text: 'The shop sends 5 orders per second in batches of 10 and goes on as soon as SQS has stored them: it never waits for the order service (send and forget).',
      lessons: ['L03'],
    },
    {
      at: 2_000,
      text: 'Each consumer polls with ReceiveMessage for up to 10 messages at a time, processes them (about 2 s each) and deletes them with DeleteMessageBatch.',
      lessons: ['L07'],
    },
    {
      at: 60_000,
      text: 'A sale: 300 orders arrive at once. Called synchronously, the order service (20 orders at a time across two instances) would drop or time out most of them; the queue simply stores the backlog.',
      lessons: ['L01'],
    },
    {
      at: 65_000,
      text: 'Both consumers receive in parallel, each a share of the backlog, and drain it at their own pace — about 10 orders per second together. Each tier scales on its own.',
      lessons: ['L01', 'L08'],
    },
  ],
};
