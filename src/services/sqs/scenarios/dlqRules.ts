import type { Scenario } from '../../../engine';
import {
  consumeWithDeadLetter,
  deadLetterQueueNode,
  poisonedConsumer,
  queueArn,
} from './deadLetterParts';

/** SetQueueAttributes naming orders-dlq (or `target`) as `queue`'s dead-letter queue. */
const redriveTo = (queue: string, target = queueArn('orders-dlq')) => ({
  service: 'sqs',
  action: 'SetQueueAttributes',
  input: {
    QueueUrl: queue,
    Attributes: {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: target, maxReceiveCount: 3 }),
    },
  },
  expectError: 'InvalidParameterValue',
});

/** L14: which queues may use a dead-letter queue: same type, account and region, and its RedriveAllowPolicy. */
export const dlqRules: Scenario = {
  version: 1,
  name: 'Dead-letter queue rules',
  description:
    'orders-dlq is the dead-letter queue of orders, and its RedriveAllowPolicy (byQueue) names orders as its only allowed source. Three other settings are refused, as SQS refuses them: a FIFO queue pointing at this standard DLQ, the payments queue that the policy does not list, and a DLQ in another region.',
  seed: 13,
  lessons: ['L14'],
  nodes: [
    {
      id: 'checkout',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 1, BodyTemplate: 'order {n}', MaxMessages: 15 },
    },
    {
      id: 'orders',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'orders', Attributes: { VisibilityTimeout: '5' } },
    },
    poisonedConsumer({ x: 520, y: 0 }, 200, 'order 2'),
    deadLetterQueueNode('orders-dlq', { x: 260, y: 220 }, { allowOnly: ['orders'] }),
    {
      id: 'invoices',
      type: 'sqs-queue',
      position: { x: 0, y: 220 },
      config: { QueueName: 'invoices.fifo', Attributes: { FifoQueue: 'true' } },
    },
    {
      id: 'payments',
      type: 'sqs-queue',
      position: { x: 0, y: 440 },
      config: { QueueName: 'payments' },
    },
  ],
  edges: [
    { id: 'e-send', source: 'checkout', target: 'orders', type: 'sends-to' },
    ...consumeWithDeadLetter,
  ],
  script: [
    { at: 4_000, ...redriveTo('invoices.fifo') },
    { at: 8_000, ...redriveTo('payments') },
    { at: 12_000, ...redriveTo('payments', 'arn:aws:sqs:us-west-2:123456789012:orders-dlq') },
  ],
  narration: [
    {
      at: 1_000,
      text: 'orders has a RedrivePolicy: after 3 receives a message moves to orders-dlq. orders-dlq has a RedriveAllowPolicy with redrivePermission = byQueue, listing only orders (allowAll is the default; denyAll refuses every source).',
      lessons: ['L14'],
    },
    {
      at: 4_500,
      text: 'invoices.fifo tried to use orders-dlq and was refused: a dead-letter queue must be the same type as its source. A FIFO queue needs a FIFO dead-letter queue, a standard queue a standard one.',
      lessons: ['L14'],
    },
    {
      at: 8_500,
      text: 'payments, a standard queue, was refused too: the RedriveAllowPolicy of orders-dlq does not list it. The policy lets the owner of a DLQ decide which source queues may send their failures there.',
      lessons: ['L14'],
    },
    {
      at: 12_500,
      text: 'A dead-letter queue must also be in the same AWS account and Region as its source: payments named orders-dlq in us-west-2, and SQS found no such queue here (us-east-1).',
      lessons: ['L14'],
    },
    {
      at: 17_500,
      text: 'Meanwhile order 2 (m-2), which always fails, was received 3 times (2 s, 7 s, 12 s); at 17 s the receive that would have been its 4th moved it to orders-dlq, the one source its policy allows.',
      lessons: ['L14'],
    },
  ],
};
