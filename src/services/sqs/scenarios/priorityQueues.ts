import type { Scenario, ScenarioNodeOf } from '../../../engine';

/** L22: premium work on its own queue with its own consumers never waits behind the rest. */
export const priorityQueues: Scenario = {
  version: 1,
  name: 'Priority with separate queues',
  description:
    'SQS has no message priority, so priority is a second queue. Premium orders (2 per second) go to their own queue, served by two consumers with room to spare; standard orders (5 per second) share two consumers that can only do 4 per second. The standard backlog grows while premium orders never wait.',
  seed: 13,
  lessons: ['L22'],
  nodes: [
    {
      id: 'premium-shop',
      type: 'producer',
      position: { x: 0, y: 95 },
      config: { MessagesPerSecond: 2, Arrival: 'poisson', BodyTemplate: 'premium order {n}' },
    },
    {
      id: 'orders-high',
      type: 'sqs-queue',
      position: { x: 260, y: 60 },
      config: { QueueName: 'orders-high' },
    },
    ...['high-1', 'high-2'].map((id, i): ScenarioNodeOf<'consumer'> => ({
      id: `worker-${id}`,
      type: 'consumer',
      position: { x: 520, y: i * 160 },
      config: {
        WaitTimeSeconds: 20,
        Concurrency: 2,
        ProcessingTime: { Distribution: 'fixed', Ms: 1_000 },
      },
    })),
    {
      id: 'standard-shop',
      type: 'producer',
      position: { x: 0, y: 465 },
      config: { MessagesPerSecond: 5, Arrival: 'poisson', BodyTemplate: 'standard order {n}' },
    },
    {
      id: 'orders-low',
      type: 'sqs-queue',
      position: { x: 260, y: 430 },
      config: { QueueName: 'orders-low' },
    },
    ...['low-1', 'low-2'].map((id, i): ScenarioNodeOf<'consumer'> => ({
      id: `worker-${id}`,
      type: 'consumer',
      position: { x: 520, y: 370 + i * 160 },
      config: {
        WaitTimeSeconds: 20,
        Concurrency: 2,
        ProcessingTime: { Distribution: 'fixed', Ms: 1_000 },
      },
    })),
  ],
  lanes: [
    {
      title: 'Premium orders: a queue of their own',
      nodes: ['premium-shop', 'orders-high', 'worker-high-1', 'worker-high-2'],
    },
    {
      title: 'Standard orders',
      nodes: ['standard-shop', 'orders-low', 'worker-low-1', 'worker-low-2'],
    },
  ],
  edges: [
    { id: 'e-high-send', source: 'premium-shop', target: 'orders-high', type: 'sends-to' },
    { id: 'e-low-send', source: 'standard-shop', target: 'orders-low', type: 'sends-to' },
    ...['high-1', 'high-2'].map((id) => ({
      id: `e-${id}`,
      source: 'orders-high',
      target: `worker-${id}`,
      type: 'consumes-from' as const,
    })),
    ...['low-1', 'low-2'].map((id) => ({
      id: `e-${id}`,
      source: 'orders-low',
      target: `worker-${id}`,
      type: 'consumes-from' as const,
    })),
  ],
  narration: [
    {
      at: 2_000,
      text: 'Two queues, two pools of consumers. Work that must go first gets its own queue and enough consumers (4 per second of capacity for 2 per second of orders).',
      lessons: ['L22'],
    },
    {
      at: 60_500,
      text: 'After a minute the standard queue holds a backlog of about 70 orders (about 5 arrive per second, 4 are done), and they wait longer and longer. Premium orders are still picked up within a second or so.',
      lessons: ['L22'],
    },
    {
      at: 61_000,
      text: 'A single worker can also poll the high-priority queue first and the low one only when it is empty. Either way, priority in SQS means separate queues.',
      lessons: ['L22'],
    },
  ],
};
