import type { Scenario } from '../../../engine';

/** A 100 KB report: over one 64 KiB chunk, so its send and its receive are billed as 2 each. */
const REPORT = `daily report ${'x'.repeat(100_000)}`;

/** L07, L15: SQS bills requests, not messages; batching and long polling cut the bill tenfold. */
export const requestCost: Scenario = {
  version: 1,
  name: 'Paying per request: batching',
  description:
    'SQS bills API requests, not messages, and each 64 KB chunk of a request’s payload counts as one request. Both shops send 10 orders per second. The top one sends one message per SendMessage and its worker receives and deletes one at a time, short polling; the bottom one sends batches of 10 and its worker long polls for up to 10 and deletes in batches. Compare BilledRequests in the Metrics tab.',
  seed: 12,
  lessons: ['L07', 'L15'],
  nodes: [
    {
      id: 'shop-single',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 10, BodyTemplate: 'order {n}', MaxMessages: 300 },
    },
    {
      id: 'orders-single',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'orders-single' },
    },
    {
      id: 'worker-single',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: {
        WaitTimeSeconds: 0,
        MaxNumberOfMessages: 1,
        Concurrency: 2,
        ProcessingTime: { Distribution: 'fixed', Ms: 50 },
      },
    },
    {
      id: 'shop-batch',
      type: 'producer',
      position: { x: 0, y: 280 },
      config: { MessagesPerSecond: 10, BodyTemplate: 'order {n}', BatchSize: 10, MaxMessages: 300 },
    },
    {
      id: 'orders-batch',
      type: 'sqs-queue',
      position: { x: 260, y: 280 },
      config: { QueueName: 'orders-batch' },
    },
    {
      id: 'worker-batch',
      type: 'consumer',
      position: { x: 520, y: 280 },
      config: {
        WaitTimeSeconds: 20,
        MaxNumberOfMessages: 10,
        Concurrency: 10,
        PollAtFreeSlots: 10,
        DeleteBatch: true,
        ProcessingTime: { Distribution: 'fixed', Ms: 50 },
      },
    },
  ],
  lanes: [
    {
      title: 'Top: one message per call, short polling',
      nodes: ['shop-single', 'orders-single', 'worker-single'],
    },
    {
      title: 'Bottom: batches of 10, long polling',
      nodes: ['shop-batch', 'orders-batch', 'worker-batch'],
    },
  ],
  edges: [
    { id: 'e-single-send', source: 'shop-single', target: 'orders-single', type: 'sends-to' },
    {
      id: 'e-single-read',
      source: 'orders-single',
      target: 'worker-single',
      type: 'consumes-from',
    },
    { id: 'e-batch-send', source: 'shop-batch', target: 'orders-batch', type: 'sends-to' },
    { id: 'e-batch-read', source: 'orders-batch', target: 'worker-batch', type: 'consumes-from' },
  ],
  script: [
    {
      at: 32_000,
      service: 'sqs',
      action: 'SendMessage',
      input: { QueueUrl: 'orders-batch', MessageBody: REPORT },
    },
  ],
  narration: [
    {
      at: 2_000,
      text: 'SQS bills requests, not messages: every SendMessage, ReceiveMessage (an empty one too) and DeleteMessage is one request, whether it carries 1 message or 10. On top, each 64 KB chunk of a request’s payload is billed as one more request.',
      lessons: ['L07'],
    },
    {
      at: 10_500,
      text: 'After 10 s each shop has sent 100 orders. Top: about 300 billed requests — a send, a receive and a delete per order, plus empty short polls. Bottom: about 30 — 10 batches sent, 10 receives of 10 messages, 10 DeleteMessageBatch calls.',
      lessons: ['L07'],
    },
    {
      at: 31_000,
      text: 'All 300 orders are done on both sides: about 920 billed requests at the top, about 90 at the bottom. Batching (SendMessageBatch, MaxNumberOfMessages = 10, DeleteMessageBatch) is the cost lever: up to 10 messages per request.',
      lessons: ['L07'],
    },
    {
      at: 32_500,
      text: 'A 100 KB report (100,013 bytes) went to orders-batch at 32 s: more than one 64 KB chunk, so that single SendMessage is billed as 2 requests, and so is the receive that returned it. Batching saves requests only while the payload stays small.',
      lessons: ['L07'],
    },
    {
      at: 45_000,
      text: 'Both queues are empty now. The short poller still pays one request per second for empty receives (86,400 a day); the long poller pays one every 20 s. Long polling means fewer API calls and fewer empty receives.',
      lessons: ['L15'],
    },
  ],
};
