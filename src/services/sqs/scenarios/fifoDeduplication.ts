import type { Scenario } from '../../../engine';

/** L18: content-based deduplication within 5 minutes, and an explicit MessageDeduplicationId. */
export const fifoDeduplication: Scenario = {
  version: 1,
  name: 'FIFO deduplication',
  description:
    'A payment service retries the same "charge order 42" message every 60 s. The FIFO queue has ContentBasedDeduplication: a SHA-256 of the body is the deduplication ID, so copies within the 5-minute window are accepted but dropped. Below, a producer sets MessageDeduplicationId itself: two different bodies with the same ID count as one.',
  seed: 7,
  lessons: ['L18'],
  nodes: [
    {
      id: 'payments',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: {
        MessagesPerSecond: 1 / 60,
        BodyTemplate: 'charge order 42: 19.99 EUR',
        GroupIdPattern: { Mode: 'fixed', Value: 'order-42', Groups: 1 },
        MaxMessages: 7,
      },
    },
    {
      id: 'charges',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: {
        QueueName: 'charges.fifo',
        Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' },
      },
    },
    {
      id: 'ledger',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 500 } },
    },
    {
      id: 'refunds',
      type: 'sqs-queue',
      position: { x: 260, y: 280 },
      config: { QueueName: 'refunds.fifo', Attributes: { FifoQueue: 'true' } },
    },
    {
      id: 'refund-ledger',
      type: 'consumer',
      position: { x: 520, y: 280 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 500 } },
    },
  ],
  lanes: [
    {
      title: 'Top: ContentBasedDeduplication (SHA-256 of the body)',
      nodes: ['payments', 'charges', 'ledger'],
    },
    { title: 'Bottom: an explicit MessageDeduplicationId', nodes: ['refunds', 'refund-ledger'] },
  ],
  edges: [
    { id: 'e-send', source: 'payments', target: 'charges', type: 'sends-to' },
    { id: 'e-consume', source: 'charges', target: 'ledger', type: 'consumes-from' },
    { id: 'e-consume-refunds', source: 'refunds', target: 'refund-ledger', type: 'consumes-from' },
  ],
  script: [
    {
      at: 5_000,
      service: 'sqs',
      action: 'SendMessage',
      input: {
        QueueUrl: 'refunds.fifo',
        MessageBody: 'refund order 7 (first attempt)',
        MessageGroupId: 'order-7',
        MessageDeduplicationId: 'refund-7',
      },
    },
    {
      at: 10_000,
      service: 'sqs',
      action: 'SendMessage',
      input: {
        QueueUrl: 'refunds.fifo',
        MessageBody: 'refund order 7 (retry after a timeout)',
        MessageGroupId: 'order-7',
        MessageDeduplicationId: 'refund-7',
      },
    },
  ],
  narration: [
    {
      at: 10_500,
      text: 'Bottom: refunds.fifo has no content-based deduplication, so every send must carry a MessageDeduplicationId (SQS refuses one without). The retry has a different body but the same ID (refund-7): SendMessage succeeds, yet SQS drops the copy, because only the ID is compared. (On a queue with ContentBasedDeduplication, an explicit ID would take precedence over the body hash.)',
      lessons: ['L18'],
    },
    {
      at: 60_500,
      text: 'Top: the first "charge order 42" (sent at 60 s) is stored and processed. Its deduplication ID is the SHA-256 of the body (ContentBasedDeduplication = true).',
      lessons: ['L18'],
    },
    {
      at: 120_500,
      text: 'Top: the retry at 120 s has the same body, so the same deduplication ID, within 5 minutes of the first: accepted but not delivered again. The ledger charges once — exactly-once processing.',
      lessons: ['L18'],
    },
    {
      at: 360_500,
      text: 'The 5-minute (300 s) deduplication window of the first charge (60 s to 360 s) has ended: the copy sent at 360 s is a new message and is delivered again. Deduplication only covers retries within 5 minutes.',
      lessons: ['L18'],
    },
  ],
};
