import type { Scenario } from '../../../engine';
import {
  consumeWithDeadLetter,
  deadLetterQueueNode,
  fixThenRedrive,
  poisonedConsumer,
} from './deadLetterParts';

/** L14 and L04: a poison message fails three receives, moves to a DLQ kept 14 days, is redriven. */
export const deadLetterQueue: Scenario = {
  version: 1,
  name: 'DLQ catching a poison message',
  description:
    'Among ordinary orders, one message always makes the consumer fail. After maxReceiveCount (3) receives SQS moves it to the dead-letter queue, whose 14-day retention leaves time to debug. Once the bug is fixed, a redrive (StartMessageMoveTask) sends it back to the source queue.',
  seed: 3,
  lessons: ['L14', 'L04'],
  nodes: [
    {
      id: 'checkout',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 1, BodyTemplate: 'order {n}', MaxMessages: 10 },
    },
    {
      id: 'orders',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'orders', Attributes: { VisibilityTimeout: '10' } },
    },
    deadLetterQueueNode('orders-dlq', { x: 260, y: 290 }),
    poisonedConsumer({ x: 520, y: 0 }, 500, 'poison', { MaxNumberOfMessages: 10, Concurrency: 5 }),
  ],
  edges: [
    { id: 'e-send', source: 'checkout', target: 'orders', type: 'sends-to' },
    ...consumeWithDeadLetter,
  ],
  script: [
    {
      at: 2_500,
      service: 'sqs',
      action: 'SendMessage',
      input: { QueueUrl: 'orders', MessageBody: 'order with a poison field' },
    },
    ...fixThenRedrive(60_000, 65_000, 'orders-dlq'),
  ],
  narration: [
    {
      at: 3_000,
      text: 'A poison message arrives. Every time the consumer receives it, processing fails and nothing deletes it; after the 10 s visibility timeout it comes back with a higher receive count.',
      lessons: ['L14'],
    },
    {
      at: 23_500,
      text: 'Third receive, third failure. The source queue has a RedrivePolicy with maxReceiveCount = 3: the next time the message would be handed out, it goes to the dead-letter queue instead.',
      lessons: ['L14'],
    },
    {
      at: 33_000,
      text: "At 32.5 s the message became visible again and the waiting consumer's receive would have been its 4th, past maxReceiveCount = 3. That receive did not return it: SQS moved it to orders-dlq instead. The other orders kept flowing the whole time.",
      lessons: ['L14'],
    },
    {
      at: 35_000,
      text: "orders-dlq keeps messages for 14 days (MessageRetentionPeriod 1,209,600 s, the maximum; the default is 4 days). Keep a DLQ's retention long so there is time to debug — messages stay in a queue until deleted or expired.",
      lessons: ['L14', 'L04'],
    },
    {
      at: 60_000,
      text: 'The bug is fixed: the consumer is redeployed and no longer fails on that message.',
      lessons: ['L14'],
    },
    {
      at: 65_000,
      text: 'Redrive: StartMessageMoveTask moves the message from orders-dlq back to its source queue, and this time it is processed and deleted.',
      lessons: ['L14'],
    },
  ],
};
