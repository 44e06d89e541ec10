import type { Scenario } from '../../../engine';

const consumer = (id: string, y: number) =>
  ({
    id,
    type: 'consumer',
    position: { x: 780, y },
    config: {
      WaitTimeSeconds: 20,
      MaxNumberOfMessages: 10,
      ProcessingTime: { Distribution: 'fixed', Ms: 500 },
    },
  }) as const;

const queue = (name: string, y: number) =>
  ({
    id: name,
    type: 'sqs-queue',
    position: { x: 520, y },
    config: { QueueName: name, Attributes: { VisibilityTimeout: '30' } },
  }) as const;

/**
 * L25, L27, L28: an order service publishes each order once to the `orders` topic; SNS delivers
 * a copy to shipping, billing and analytics queues. Shipping's subscription filters out digital
 * orders; analytics takes the bare message (raw delivery), billing SNS's JSON envelope.
 */
export const snsFanOut: Scenario = {
  version: 1,
  name: 'SNS + SQS fan-out',
  description:
    'An order service publishes each order once to the orders topic. SNS delivers a copy to every subscribed queue — shipping, billing and analytics — and each service reads its own queue at its own pace. Shipping only wants physical orders: a filter policy on its subscription keeps digital ones out.',
  seed: 1,
  lessons: ['L25', 'L27', 'L28'],
  nodes: [
    {
      id: 'order-service',
      type: 'publisher',
      position: { x: 0, y: 180 },
      config: {
        MessagesPerSecond: 1,
        BodyTemplate: '{"orderId": {n}, "type": "{cycle:physical,digital}"}',
        Subject: 'Order {n}',
        MessageAttributes: { type: '{cycle:physical,digital}' },
      },
    },
    {
      id: 'orders',
      type: 'sns-topic',
      position: { x: 260, y: 180 },
      config: { TopicName: 'orders' },
    },
    queue('shipping', 0),
    queue('billing', 180),
    queue('analytics', 360),
    consumer('shipping-service', 0),
    consumer('billing-service', 180),
    consumer('analytics-service', 360),
  ],
  edges: [
    { id: 'e-publish', source: 'order-service', target: 'orders', type: 'publishes-to' },
    {
      id: 'e-sub-shipping',
      source: 'orders',
      target: 'shipping',
      type: 'subscription',
      config: { Attributes: { FilterPolicy: '{"type": ["physical"]}' } },
    },
    { id: 'e-sub-billing', source: 'orders', target: 'billing', type: 'subscription' },
    {
      id: 'e-sub-analytics',
      source: 'orders',
      target: 'analytics',
      type: 'subscription',
      config: { Attributes: { RawMessageDelivery: 'true' } },
    },
    { id: 'e-shipping', source: 'shipping', target: 'shipping-service', type: 'consumes-from' },
    { id: 'e-billing', source: 'billing', target: 'billing-service', type: 'consumes-from' },
    { id: 'e-analytics', source: 'analytics', target: 'analytics-service', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 0,
      text: 'The order service publishes each order once, to the orders topic. It does not know who listens: SNS delivers a copy to every subscription — here three SQS queues.',
      lessons: ['L25'],
    },
    {
      at: 1_500,
      text: 'Order 1 is a physical order: shipping, billing and analytics each get a copy. Order 2 is digital: the filter policy on the shipping subscription, {"type": ["physical"]}, keeps it out (the topic counts it as filtered out); billing and analytics have no policy and get everything.',
      lessons: ['L27'],
    },
    {
      at: 4_000,
      text: 'Each queue keeps its copy until its own service deletes it: a slow or stopped consumer loses nothing, and a queue subscribed later gets every order from then on. SNS may only write to a queue whose access policy allows the topic — each subscription here added that statement, as the SQS console does.',
      lessons: ['L28'],
    },
    {
      at: 8_000,
      text: 'Billing receives the SNS envelope (Type, MessageId, TopicArn, Subject, Message, …) with the order inside; analytics turned on raw message delivery and receives the order JSON alone. Click a queue and open Messages to compare.',
    },
  ],
};
