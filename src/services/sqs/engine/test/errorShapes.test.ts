import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine';
import { createQueue, newEngine, send } from '../../../../engine/testing/sqs';

/**
 * What an SDK sees of each SQS error besides its message: the modeled name (`error.name`), the
 * legacy query code SQS still sends (`error.Code`, `x-amzn-query-error`) and the HTTP status.
 * Retry logic and `catch` blocks branch on these, so a wrong one is a bug a user would hit.
 * [D] SQS API reference, each action's Errors; [V] the codes in the reference's Part 1.
 */
const legacy = (suffix: string) => `AWS.SimpleQueueService.${suffix}`;

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (error: unknown) => {
      const { name, code, status, message } = error as Record<string, unknown>;
      return { name, code, status, message };
    },
  );
}

async function withQueue(engine: Engine) {
  return { url: await createQueue(engine, 'orders'), engine };
}

const batchOf = (count: number, body = 'x') =>
  Array.from({ length: count }, (_, i) => ({ Id: `m${i}`, MessageBody: body }));

const cases: {
  title: string;
  act: (engine: Engine, url: string) => Promise<unknown>;
  expected: { name: string; code: string; status: number; message?: string };
}[] = [
  {
    title: 'a queue that does not exist',
    act: (engine) => engine.call('sqs', 'GetQueueUrl', { QueueName: 'missing' }),
    expected: {
      name: 'QueueDoesNotExist',
      code: legacy('NonExistentQueue'),
      status: 400,
      message: 'The specified queue does not exist.',
    },
  },
  {
    title: 'a name taken with other attributes',
    act: (engine) =>
      engine.call('sqs', 'CreateQueue', {
        QueueName: 'orders',
        Attributes: { VisibilityTimeout: '45' },
      }),
    expected: {
      name: 'QueueNameExists',
      code: 'QueueAlreadyExists',
      status: 400,
      message:
        'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
    },
  },
  {
    title: 'a name reused within 60 s of DeleteQueue',
    act: async (engine, url) => {
      await engine.call('sqs', 'DeleteQueue', { QueueUrl: url });
      return engine.call('sqs', 'CreateQueue', { QueueName: 'orders' });
    },
    expected: {
      name: 'QueueDeletedRecently',
      code: legacy('QueueDeletedRecently'),
      status: 400,
      message:
        'You must wait 60 seconds after deleting a queue before you can create another with the same name.',
    },
  },
  {
    title: 'a second purge within 60 s',
    act: async (engine, url) => {
      await engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
      return engine.call('sqs', 'PurgeQueue', { QueueUrl: url });
    },
    expected: {
      name: 'PurgeQueueInProgress',
      code: legacy('PurgeQueueInProgress'),
      status: 403,
      message: 'Only one PurgeQueue operation on orders is allowed every 60 seconds.',
    },
  },
  {
    title: 'an empty batch',
    act: (engine, url) => engine.call('sqs', 'SendMessageBatch', { QueueUrl: url, Entries: [] }),
    expected: {
      name: 'EmptyBatchRequest',
      code: legacy('EmptyBatchRequest'),
      status: 400,
      message: 'There should be at least one SendMessageBatchRequestEntry in the request.',
    },
  },
  {
    title: 'eleven entries',
    act: (engine, url) =>
      engine.call('sqs', 'SendMessageBatch', { QueueUrl: url, Entries: batchOf(11) }),
    expected: {
      name: 'TooManyEntriesInBatchRequest',
      code: legacy('TooManyEntriesInBatchRequest'),
      status: 400,
      message: 'Maximum number of entries per request are 10. You have sent 11.',
    },
  },
  {
    title: 'an entry id with a dot',
    act: (engine, url) =>
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: [{ Id: 'a.b', MessageBody: 'x' }],
      }),
    expected: {
      name: 'InvalidBatchEntryId',
      code: legacy('InvalidBatchEntryId'),
      status: 400,
    },
  },
  {
    title: 'an entry id used twice',
    act: (engine, url) =>
      engine.call('sqs', 'DeleteMessageBatch', {
        QueueUrl: url,
        Entries: [
          { Id: 'same', ReceiptHandle: 'a' },
          { Id: 'same', ReceiptHandle: 'b' },
        ],
      }),
    expected: {
      name: 'BatchEntryIdsNotDistinct',
      code: legacy('BatchEntryIdsNotDistinct'),
      status: 400,
      message: 'Id same repeated.',
    },
  },
  {
    title: 'a batch over 1 MiB in all',
    act: (engine, url) =>
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: batchOf(2, 'x'.repeat(600_000)),
      }),
    expected: {
      name: 'BatchRequestTooLong',
      code: legacy('BatchRequestTooLong'),
      status: 400,
      message: 'Batch requests cannot be longer than 1048576 bytes. You have sent 1200000 bytes.',
    },
  },
  {
    title: 'a receipt handle that was never issued',
    act: (engine, url) =>
      engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: 'x' }),
    expected: { name: 'ReceiptHandleIsInvalid', code: 'ReceiptHandleIsInvalid', status: 404 },
  },
  {
    title: 'more than 7 actions in one permission',
    act: (engine, url) =>
      engine.call('sqs', 'AddPermission', {
        QueueUrl: url,
        Label: 'partner',
        AWSAccountIds: ['111122223333'],
        Actions: Array.from({ length: 8 }, () => 'SendMessage'),
      }),
    expected: { name: 'OverLimit', code: 'OverLimit', status: 403 },
  },
  {
    title: 'a message move task that does not exist',
    // A well-formed handle naming an existing queue, for a task that was never started.
    act: (engine) =>
      engine.call('sqs', 'CancelMessageMoveTask', {
        TaskHandle: btoa(
          JSON.stringify({
            taskId: 'none',
            sourceArn: 'arn:aws:sqs:us-east-1:123456789012:orders',
          }),
        ),
      }),
    expected: {
      name: 'ResourceNotFoundException',
      code: 'ResourceNotFoundException',
      status: 404,
      message: 'Task does not exist.',
    },
  },
];

describe('SQS errors carry the name, query code and HTTP status an SDK branches on', () => {
  it.each(cases)('$title: $expected.name', async ({ act, expected }) => {
    const { engine, url } = await withQueue(newEngine());
    await send(engine, url, 'one');
    expect(await rejection(act(engine, url))).toMatchObject(expected);
  });
});
