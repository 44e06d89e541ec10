import type { Scenario, ScenarioNodeOf } from '../../../engine';

/** L18, L20: three consumers on a FIFO queue with 3 message groups, and on one with a single group. */
export const fifoGroups: Scenario = {
  version: 1,
  name: 'FIFO ordering: group IDs vs one group',
  description:
    'Two FIFO queues (.fifo names), each read by three consumers. On the top queue orders carry one of 3 MessageGroupIds, so the three consumers work in parallel, each group in order. On the bottom queue every order has the same group ID: order is kept for all of them, and only one consumer at a time can hold a message.',
  seed: 6,
  lessons: ['L18', 'L20'],
  nodes: [
    {
      id: 'shop-a',
      type: 'producer',
      position: { x: 0, y: 165 },
      config: {
        MessagesPerSecond: 2,
        BodyTemplate: 'order {n} for {groupId}',
        GroupIdPattern: { Mode: 'round-robin', Value: 'customer-1', Groups: 3 },
        DeduplicationIdTemplate: 'order-{n}',
        MaxMessages: 30,
      },
    },
    {
      id: 'orders-by-customer',
      type: 'sqs-queue',
      position: { x: 260, y: 130 },
      config: { QueueName: 'orders-by-customer.fifo', Attributes: { FifoQueue: 'true' } },
    },
    ...['a1', 'a2', 'a3'].map((id, i): ScenarioNodeOf<'consumer'> => ({
      id: `worker-${id}`,
      type: 'consumer',
      position: { x: 520, y: i * 160 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 2_000 } },
    })),
    {
      id: 'shop-b',
      type: 'producer',
      position: { x: 0, y: 695 },
      config: {
        MessagesPerSecond: 2,
        BodyTemplate: 'order {n}',
        GroupIdPattern: { Mode: 'fixed', Value: 'all-orders', Groups: 1 },
        DeduplicationIdTemplate: 'order-{n}',
        MaxMessages: 30,
      },
    },
    {
      id: 'orders-one-group',
      type: 'sqs-queue',
      position: { x: 260, y: 660 },
      config: { QueueName: 'orders-one-group.fifo', Attributes: { FifoQueue: 'true' } },
    },
    ...['b1', 'b2', 'b3'].map((id, i): ScenarioNodeOf<'consumer'> => ({
      id: `worker-${id}`,
      type: 'consumer',
      position: { x: 520, y: 530 + i * 160 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 2_000 } },
    })),
  ],
  lanes: [
    {
      title: 'Top: 3 message group IDs',
      nodes: ['shop-a', 'orders-by-customer', 'worker-a1', 'worker-a2', 'worker-a3'],
    },
    {
      title: 'Bottom: one group ID for every order',
      nodes: ['shop-b', 'orders-one-group', 'worker-b1', 'worker-b2', 'worker-b3'],
    },
  ],
  edges: [
    { id: 'e-a-send', source: 'shop-a', target: 'orders-by-customer', type: 'sends-to' },
    { id: 'e-b-send', source: 'shop-b', target: 'orders-one-group', type: 'sends-to' },
    ...['a1', 'a2', 'a3'].map((id) => ({
      id: `e-${id}`,
      source: 'orders-by-customer',
      target: `worker-${id}`,
      type: 'consumes-from' as const,
    })),
    ...['b1', 'b2', 'b3'].map((id) => ({
      id: `e-${id}`,
      source: 'orders-one-group',
      target: `worker-${id}`,
      type: 'consumes-from' as const,
    })),
  ],
  narration: [
    {
      at: 1_000,
      text: 'FIFO queues need a name ending in .fifo. Every message has a MessageGroupId and a deduplication ID; within a group, messages are delivered in the order they were sent.',
      lessons: ['L18'],
    },
    {
      at: 2_000,
      text: 'Top: 3 groups (group-1, group-2, group-3), so up to 3 consumers work at once — one per group, each group still in order.',
      lessons: ['L20'],
    },
    {
      at: 4_000,
      text: 'Bottom: one group for everything. While a message of the group is in flight, SQS hands out nothing else from it, so the other two consumers wait: one consumer at a time, 2 s per order.',
      lessons: ['L20'],
    },
    {
      at: 25_000,
      text: 'The top queue has finished its 30 orders (about 10 per group); the bottom one has done about 12 of 30. Parallelism in FIFO comes from group IDs: more groups, more consumers.',
      lessons: ['L20'],
    },
  ],
};
