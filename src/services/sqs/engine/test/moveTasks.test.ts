import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/index';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  queueArn,
  receive,
  send,
  withDeadLetterQueue,
} from '../../../../engine/testing/sqs';

/** [D] StartMessageMoveTask, ListMessageMoveTasks and CancelMessageMoveTask (dead-letter redrive). */
type Task = Record<string, unknown>;

const start = (engine: Engine, input: Record<string, unknown>) =>
  engine.call<{ TaskHandle: string }>('sqs', 'StartMessageMoveTask', input);

const list = async (engine: Engine, SourceArn: string, MaxResults?: number) =>
  (await engine.call<{ Results: Task[] }>('sqs', 'ListMessageMoveTasks', { SourceArn, MaxResults }))
    .Results;

const cancel = (engine: Engine, TaskHandle: string) =>
  engine.call('sqs', 'CancelMessageMoveTask', { TaskHandle });

/** A dead-letter queue holding `n` dead letters (prefix names a second pair in the same world). */
async function deadLetters(engine: Engine, n: number, prefix = '') {
  const queues = await withDeadLetterQueue(engine, 1, false, prefix);
  for (let i = 0; i < n; i++) await send(engine, queues.source, `${prefix}m${i}`);
  for (let i = 0; i < 2 * n; i++) await receive(engine, queues.source);
  expect(await counts(engine, queues.dlq)).toEqual([n, 0, 0]);
  return queues;
}

const ARN_FORMAT = 'arn:<partition>:<service>:<region>:<account-id>:<resource-id>';
const GHOST = 'arn:aws:sqs:us-east-1:123456789012:ghost';

describe('StartMessageMoveTask parameters ([D])', () => {
  it('names the parameter whose ARN is malformed or whose queue does not exist', async () => {
    const engine = newEngine();
    const { dlqArn } = await deadLetters(engine, 1);
    await expectError(
      start(engine, { SourceArn: 'dlq' }),
      'InvalidParameterValue',
      `You must use this format to specify the SourceArn: ${ARN_FORMAT}`,
    );
    await expectError(
      start(engine, { SourceArn: dlqArn, DestinationArn: 'source' }),
      'InvalidParameterValue',
      `You must use this format to specify the DestinationArn: ${ARN_FORMAT}`,
    );
    await expectError(
      start(engine, { SourceArn: dlqArn, DestinationArn: GHOST }),
      'ResourceNotFoundException',
      "The resource that you specified for the DestinationArn parameter doesn't exist.",
    );
    expect(await list(engine, dlqArn)).toEqual([]);
  });

  it('takes MaxNumberOfMessagesPerSecond from 1 to 500', async () => {
    const engine = newEngine();
    const { dlqArn } = await deadLetters(engine, 1);
    for (const rate of [0, 501]) {
      await expectError(
        start(engine, { SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: rate }),
        'InvalidParameterValue',
        "Value for parameter MaxNumberOfMessagesPerSecond is invalid. Reason: You must enter a number that's between 1 and 500.",
      );
    }
    await start(engine, { SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: 500 });
    expect(await list(engine, dlqArn)).toMatchObject([{ MaxNumberOfMessagesPerSecond: 500 }]);
  });

  it('moves to a destination of the same queue type, never back into the source', async () => {
    const engine = newEngine();
    const { dlqArn } = await deadLetters(engine, 2);
    const fifo = await createQueue(engine, 'other.fifo', { FifoQueue: 'true' });
    await expectError(
      start(engine, { SourceArn: dlqArn, DestinationArn: dlqArn }),
      'InvalidParameterValue',
      'Source queue arn and destination queue arn cannot be the same.',
    );
    await expectError(
      start(engine, { SourceArn: dlqArn, DestinationArn: await queueArn(engine, fifo) }),
      'InvalidParameterValue',
      'The source queue and destination queue must be of the same queue type.',
    );
    const other = await createQueue(engine, 'other');
    const otherArn = await queueArn(engine, other);
    await start(engine, { SourceArn: dlqArn, DestinationArn: otherArn });
    engine.advanceBy(1_000);
    expect(await counts(engine, other)).toEqual([2, 0, 0]);
    expect(await counts(engine, 'source')).toEqual([0, 0, 0]);
    expect(await list(engine, dlqArn)).toMatchObject([
      { Status: 'COMPLETED', DestinationArn: otherArn, ApproximateNumberOfMessagesMoved: 2 },
    ]);
    const redriven = engine.drain().filter((e) => e.type === 'sqs/redriven');
    expect(redriven.map((e) => (e as { destination?: string }).destination)).toEqual([
      'other',
      'other',
    ]);
  });

  it('allows one running task per source queue: other sources and finished tasks do not count', async () => {
    const engine = newEngine();
    const a = await deadLetters(engine, 2, 'a-');
    const b = await deadLetters(engine, 2, 'b-');
    await start(engine, { SourceArn: a.dlqArn, MaxNumberOfMessagesPerSecond: 1 });
    await start(engine, { SourceArn: b.dlqArn, MaxNumberOfMessagesPerSecond: 1 });
    engine.advanceBy(2_000);
    expect(await list(engine, a.dlqArn)).toMatchObject([{ Status: 'COMPLETED' }]);
    await start(engine, { SourceArn: a.dlqArn });
    expect(await list(engine, a.dlqArn, 10)).toMatchObject([
      { Status: 'COMPLETED', ApproximateNumberOfMessagesToMove: 0 },
      { Status: 'COMPLETED', ApproximateNumberOfMessagesToMove: 2 },
    ]);
  });
});

describe('ListMessageMoveTasks ([D])', () => {
  it('checks SourceArn and MaxResults (1 to 10)', async () => {
    const engine = newEngine();
    const { dlqArn } = await deadLetters(engine, 1);
    await expectError(
      list(engine, 'dlq'),
      'InvalidParameterValue',
      `You must use this format to specify the SourceArn: ${ARN_FORMAT}`,
    );
    await expectError(
      list(engine, GHOST),
      'ResourceNotFoundException',
      "The resource that you specified for the SourceArn parameter doesn't exist.",
    );
    for (const max of [0, 11]) {
      await expectError(
        list(engine, dlqArn, max),
        'InvalidParameterValue',
        "Value for parameter MaxResults is invalid. Reason: You must enter a number that's between 1 and 10.",
      );
    }
  });

  it("lists one source's tasks newest first, one unless MaxResults says more", async () => {
    const engine = newEngine();
    const a = await deadLetters(engine, 2, 'a-');
    const b = await deadLetters(engine, 1, 'b-');
    const other = await queueArn(engine, await createQueue(engine, 'other'));
    await start(engine, { SourceArn: a.dlqArn });
    engine.advanceBy(1_000);
    await start(engine, { SourceArn: b.dlqArn });
    for (let i = 0; i < 4; i++) await receive(engine, a.source); // both dead-lettered again
    const { TaskHandle } = await start(engine, {
      SourceArn: a.dlqArn,
      DestinationArn: other,
      MaxNumberOfMessagesPerSecond: 1,
    });
    const newest = {
      TaskHandle,
      Status: 'RUNNING',
      SourceArn: a.dlqArn,
      DestinationArn: other,
      MaxNumberOfMessagesPerSecond: 1,
      ApproximateNumberOfMessagesMoved: 1,
      ApproximateNumberOfMessagesToMove: 2,
      StartedTimestamp: engine.now(),
    };
    expect(await list(engine, a.dlqArn)).toEqual([newest]);
    const both = await list(engine, a.dlqArn, 10);
    expect(both).toEqual([newest, expect.objectContaining({ Status: 'COMPLETED' })]);
    // A finished task has no handle, and only the members it was started with.
    expect(Object.keys(both[1] ?? {}).sort()).toEqual([
      'ApproximateNumberOfMessagesMoved',
      'ApproximateNumberOfMessagesToMove',
      'SourceArn',
      'StartedTimestamp',
      'Status',
    ]);
    expect(await list(engine, b.dlqArn, 10)).toMatchObject([{ SourceArn: b.dlqArn }]);
  });

  it('gives a failed task its FailureReason: the queue a message would go back to is gone', async () => {
    const engine = newEngine();
    const { dlqArn, source } = await deadLetters(engine, 2);
    const { TaskHandle } = await start(engine, {
      SourceArn: dlqArn,
      MaxNumberOfMessagesPerSecond: 1,
    });
    await engine.call('sqs', 'DeleteQueue', { QueueUrl: source });
    engine.advanceBy(1_000);
    expect(await list(engine, dlqArn)).toEqual([
      expect.objectContaining({
        Status: 'FAILED',
        ApproximateNumberOfMessagesMoved: 1,
        FailureReason: 'AWS.SimpleQueueService.NonExistentQueue',
      }),
    ]);
    await expectError(
      cancel(engine, TaskHandle),
      'InvalidParameterValue',
      'Only a task in RUNNING status can be cancelled; this task is FAILED.',
    );
  });
});

describe('CancelMessageMoveTask ([D])', () => {
  it('cancels the task its handle names and no other', async () => {
    const engine = newEngine();
    const a = await deadLetters(engine, 3, 'a-');
    const b = await deadLetters(engine, 3, 'b-');
    await start(engine, { SourceArn: a.dlqArn, MaxNumberOfMessagesPerSecond: 1 });
    const { TaskHandle } = await start(engine, {
      SourceArn: b.dlqArn,
      MaxNumberOfMessagesPerSecond: 1,
    });
    expect(await cancel(engine, TaskHandle)).toEqual({ ApproximateNumberOfMessagesMoved: 1 });
    expect(await list(engine, a.dlqArn)).toMatchObject([{ Status: 'RUNNING' }]);
    expect(await list(engine, b.dlqArn)).toMatchObject([{ Status: 'CANCELLED' }]);
  });

  it('refuses a handle whose queue or task does not exist', async () => {
    const engine = newEngine();
    const { dlqArn } = await deadLetters(engine, 1);
    const handle = (sourceArn: string) =>
      btoa(JSON.stringify({ taskId: 'no-such-task', sourceArn }));
    await expectError(
      cancel(engine, handle(GHOST)),
      'ResourceNotFoundException',
      "The resource that you specified for the SourceArn parameter doesn't exist.",
    );
    await expectError(
      cancel(engine, handle(dlqArn)),
      'ResourceNotFoundException',
      'Task does not exist.',
    );
  });
});
