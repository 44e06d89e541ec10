import type { Scenario, ScenarioNodeOf } from '../../../engine';
import {
  consumeWithDeadLetter,
  deadLetterQueueNode,
  fixThenRedrive,
  poisonedConsumer,
} from './deadLetterParts';

/** A FIFO producer of one customer's orders, one per second, in that customer's message group. */
const customer = (id: 'a' | 'b', y: number): ScenarioNodeOf<'producer'> => ({
  id: `customer-${id}`,
  type: 'producer',
  position: { x: 0, y },
  config: {
    MessagesPerSecond: 1,
    BodyTemplate: `customer-${id} order {n}`,
    GroupIdPattern: { Mode: 'fixed', Value: `customer-${id}`, Groups: 1 },
    DeduplicationIdTemplate: `${id}-{n}`,
    MaxMessages: 20,
  },
});

/**
 * L20, L14, L18: a poison message holds its whole FIFO message group while other groups flow; the
 * dead-letter queue frees the group but breaks its order, and a redrive puts it at the group's end.
 */
export const fifoPoisonGroup: Scenario = {
  version: 1,
  name: 'FIFO: a poison message blocks its group',
  description:
    'Two customers send orders to a FIFO queue, each in its own message group. One order of customer-a always fails. While it is retried, SQS hands out nothing else from customer-a (order within a group), yet customer-b keeps flowing. After maxReceiveCount (3) receives the message moves to a FIFO dead-letter queue: the group moves on without it, out of order, and a redrive puts it back at the end of the group.',
  seed: 21,
  lessons: ['L20', 'L14', 'L18'],
  nodes: [
    customer('a', 0),
    customer('b', 160),
    {
      id: 'orders',
      type: 'sqs-queue',
      position: { x: 260, y: 80 },
      config: {
        QueueName: 'orders.fifo',
        Attributes: { FifoQueue: 'true', VisibilityTimeout: '10' },
      },
    },
    deadLetterQueueNode('orders-dlq.fifo', { x: 260, y: 380 }, { fifo: true }),
    poisonedConsumer({ x: 520, y: 80 }, 300, 'poison', { MaxNumberOfMessages: 1, Concurrency: 2 }),
  ],
  edges: [
    { id: 'e-send-a', source: 'customer-a', target: 'orders', type: 'sends-to' },
    { id: 'e-send-b', source: 'customer-b', target: 'orders', type: 'sends-to' },
    ...consumeWithDeadLetter,
  ],
  script: [
    {
      at: 2_500,
      service: 'sqs',
      action: 'SendMessage',
      input: {
        QueueUrl: 'orders.fifo',
        MessageBody: 'customer-a order with a poison field',
        MessageGroupId: 'customer-a',
        MessageDeduplicationId: 'a-poison',
      },
    },
    ...fixThenRedrive(45_000, 50_000, 'orders-dlq.fifo'),
  ],
  narration: [
    {
      at: 3_000,
      text: 'At 2.5 s customer-a sent an order that always fails (m-5). It is not deleted, so it stays the oldest message of group customer-a, and SQS hands out nothing else from that group until it is deleted or leaves: order within a group comes first.',
      lessons: ['L20', 'L18'],
    },
    {
      at: 12_000,
      text: 'Ten seconds later customer-a has a backlog, all blocked behind the poison message, while customer-b is served every second: a message group is blocked, not the queue.',
      lessons: ['L20'],
    },
    {
      at: 23_000,
      text: 'Third receive, third failure (2.5 s, 12.5 s, 22.5 s). The RedrivePolicy has maxReceiveCount = 3; without it, customer-a would stay blocked until the message expires.',
      lessons: ['L14'],
    },
    {
      at: 33_000,
      text: 'At 32.5 s the receive that would have been the 4th moved the message to orders-dlq.fifo instead (a FIFO queue needs a FIFO DLQ). customer-a flows again, but its orders 3, 4, 5… (m-6, m-8, …) are now processed before m-5, which was sent between orders 2 and 3: the DLQ broke the group order.',
      lessons: ['L14', 'L18'],
    },
    {
      at: 45_000,
      text: 'The bug is fixed: the consumer is redeployed and no longer fails on that order.',
      lessons: ['L14'],
    },
    {
      at: 50_000,
      text: 'Redrive (StartMessageMoveTask): m-5 goes back to orders.fifo as a new message (m-42) at the end of group customer-a, after order 20. It is processed now, last of its group: a consumer that needs strict order must handle what comes back from a DLQ.',
      lessons: ['L14', 'L18'],
    },
  ],
};
