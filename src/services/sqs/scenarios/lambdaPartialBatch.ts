import type { Scenario } from '../../../engine';

/** L07, L11: Lambda batches with and without ReportBatchItemFailures. */
export const lambdaPartialBatch: Scenario = {
  version: 1,
  name: 'Lambda consumer with partial batch failures',
  description:
    'Two Lambda functions read batches of 10 messages through an event source mapping; one message in ten fails. The top function reports which items failed (FunctionResponseTypes = ReportBatchItemFailures), so only those come back. The bottom one throws, so its whole batch returns after the visibility timeout and 9 good messages are processed again.',
  seed: 9,
  lessons: ['L07', 'L11'],
  nodes: [
    {
      id: 'uploads-a',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: {
        MessagesPerSecond: 10,
        BodyTemplate: 'thumbnail {n}',
        BatchSize: 10,
        MaxMessages: 100,
      },
    },
    {
      id: 'thumbnails-a',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'thumbnails-partial', Attributes: { VisibilityTimeout: '20' } },
    },
    {
      id: 'resize-partial',
      type: 'lambda-sqs',
      position: { x: 520, y: 0 },
      config: {
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 1,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        Timeout: 3,
        ProcessingTime: { Distribution: 'fixed', Ms: 100 },
        FailureProbability: 0.1,
      },
    },
    {
      id: 'uploads-b',
      type: 'producer',
      position: { x: 0, y: 280 },
      config: {
        MessagesPerSecond: 10,
        BodyTemplate: 'thumbnail {n}',
        BatchSize: 10,
        MaxMessages: 100,
      },
    },
    {
      id: 'thumbnails-b',
      type: 'sqs-queue',
      position: { x: 260, y: 280 },
      config: { QueueName: 'thumbnails-whole', Attributes: { VisibilityTimeout: '20' } },
    },
    {
      id: 'resize-whole',
      type: 'lambda-sqs',
      position: { x: 520, y: 280 },
      config: {
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 1,
        Timeout: 3,
        ProcessingTime: { Distribution: 'fixed', Ms: 100 },
        FailureProbability: 0.1,
      },
    },
  ],
  lanes: [
    {
      title: 'Top: ReportBatchItemFailures',
      nodes: ['uploads-a', 'thumbnails-a', 'resize-partial'],
    },
    {
      title: 'Bottom: one failure fails the whole batch',
      nodes: ['uploads-b', 'thumbnails-b', 'resize-whole'],
    },
  ],
  edges: [
    { id: 'e-a-send', source: 'uploads-a', target: 'thumbnails-a', type: 'sends-to' },
    { id: 'e-a-trigger', source: 'thumbnails-a', target: 'resize-partial', type: 'triggers' },
    { id: 'e-b-send', source: 'uploads-b', target: 'thumbnails-b', type: 'sends-to' },
    { id: 'e-b-trigger', source: 'thumbnails-b', target: 'resize-whole', type: 'triggers' },
  ],
  narration: [
    {
      at: 2_500,
      text: 'The event source mapping polls the queue for the function and invokes it with a batch of up to 10 messages; when the function succeeds, Lambda deletes the batch. Each queue has a 20 s visibility timeout: at least 6× the 3 s function timeout plus the 1 s batching window, as AWS recommends (Lambda refuses a mapping whose function timeout exceeds the visibility timeout).',
      lessons: ['L07'],
    },
    {
      at: 3_000,
      text: 'Top: a failed item is listed in batchItemFailures, so Lambda deletes the other messages and only the failed one stays in the queue.',
      lessons: ['L07'],
    },
    {
      at: 4_000,
      text: 'Bottom: without ReportBatchItemFailures one failure fails the whole invocation, so nothing of the batch is deleted.',
      lessons: ['L07'],
    },
    {
      at: 22_500,
      text: 'The 20 s visibility timeout has run out: only the failed messages come back at the top (receive count 2), but whole batches come back at the bottom — messages that had succeeded are processed twice.',
      lessons: ['L11'],
    },
  ],
};
