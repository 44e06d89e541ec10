import type { Scenario } from '../../../engine';

/**
 * L20, L07: a Lambda function reading a FIFO queue stops at the first failed record and reports it
 * and the rest of the batch as failed, so no later message of the group overtakes it.
 */
export const lambdaFifo: Scenario = {
  version: 1,
  name: 'Lambda with a FIFO queue: stop at the first failure',
  description:
    'A bank posts ledger entries for one account (one message group) to a FIFO queue; a Lambda function reads them in batches of 10 with ReportBatchItemFailures, and now and then an entry fails. From a FIFO queue the function must stop at the first failure and report that record and every record after it: the batch is returned from the failure on, and the group waits for it, so entries are applied strictly in order.',
  seed: 24,
  lessons: ['L20', 'L07'],
  nodes: [
    {
      id: 'bank',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: {
        MessagesPerSecond: 5,
        BatchSize: 10,
        BodyTemplate: 'ledger entry {n}',
        GroupIdPattern: { Mode: 'fixed', Value: 'account-42', Groups: 1 },
        DeduplicationIdTemplate: 'entry-{n}',
        MaxMessages: 40,
      },
    },
    {
      id: 'ledger',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: {
        QueueName: 'ledger.fifo',
        Attributes: { FifoQueue: 'true', VisibilityTimeout: '18' },
      },
    },
    {
      id: 'post-entries',
      type: 'lambda-sqs',
      position: { x: 520, y: 0 },
      config: {
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        Timeout: 3,
        ProcessingTime: { Distribution: 'fixed', Ms: 100 },
        FailureProbability: 0.05,
      },
    },
  ],
  edges: [
    { id: 'e-send', source: 'bank', target: 'ledger', type: 'sends-to' },
    { id: 'e-trigger', source: 'ledger', target: 'post-entries', type: 'triggers' },
  ],
  narration: [
    {
      at: 1_000,
      text: 'The event source mapping polls ledger.fifo and invokes post-entries with batches of up to 10 records, all of group account-42, in the order they were sent. A successful record is deleted by the mapping; a failed one must be reported in batchItemFailures (FunctionResponseTypes = ReportBatchItemFailures).',
      lessons: ['L07', 'L20'],
    },
    {
      at: 7_000,
      text: 'At 6.7 s the 7th record of the third batch (m-27) failed. The function stopped there: m-28, m-29 and m-30 were not processed and were reported as failed with it, while m-21 to m-26 were deleted. Had it gone on, m-28 would have been applied before m-27.',
      lessons: ['L20', 'L07'],
    },
    {
      at: 10_000,
      text: 'The group now waits: m-27 to m-30 stay in flight until their 18 s visibility timeout runs out (at 24 s), and while they are in flight SQS hands out nothing else of account-42, so the entries sent at 8 s wait behind them.',
      lessons: ['L20'],
    },
    {
      at: 26_000,
      text: 'At 24 s m-27 came back first of its group, followed by the rest in order; this time the whole batch succeeded. Every entry was applied once and in order: with a FIFO source, stop at the first failure and report it and everything after it.',
      lessons: ['L20', 'L07'],
    },
  ],
};
