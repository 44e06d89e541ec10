import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/index';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/** Documented length limits, each at its edge: the longest value accepted, one more refused. */
const INVALID_BATCH_ID =
  'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.';

async function inFlight(engine: Engine, url: string, n: number): Promise<string[]> {
  for (let i = 0; i < n; i++) await send(engine, url, `m${i}`);
  const messages = await receive(engine, url, { MaxNumberOfMessages: n });
  return messages.map((m) => m.ReceiptHandle);
}

describe('batch entry Ids: 1–80 of [A-Za-z0-9_-], distinct ([V])', () => {
  const id80 = 'i'.repeat(80);
  const id81 = 'i'.repeat(81);

  it('SendMessageBatch accepts an 80-character Id and refuses 81, sending nothing', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const ok = await engine.call<{ Successful: { Id: string }[] }>('sqs', 'SendMessageBatch', {
      QueueUrl: url,
      Entries: [{ Id: id80, MessageBody: 'x' }],
    });
    expect(ok.Successful.map((s) => s.Id)).toEqual([id80]);
    await expectError(
      engine.call('sqs', 'SendMessageBatch', {
        QueueUrl: url,
        Entries: [
          { Id: 'first', MessageBody: 'y' },
          { Id: id81, MessageBody: 'z' },
        ],
      }),
      'InvalidBatchEntryId',
      INVALID_BATCH_ID,
    );
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('DeleteMessageBatch and ChangeMessageVisibilityBatch check the same Ids', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const [handle] = await inFlight(engine, url, 1);
    for (const action of ['DeleteMessageBatch', 'ChangeMessageVisibilityBatch']) {
      await expectError(
        engine.call('sqs', action, {
          QueueUrl: url,
          Entries: [{ Id: id81, ReceiptHandle: handle, VisibilityTimeout: 0 }],
        }),
        'InvalidBatchEntryId',
        INVALID_BATCH_ID,
      );
    }
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
    await engine.call('sqs', 'DeleteMessageBatch', {
      QueueUrl: url,
      Entries: [{ Id: id80, ReceiptHandle: handle }],
    });
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('refuses characters outside [A-Za-z0-9_-] and accepts every one inside', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    for (const bad of ['', 'a.b', 'a b', 'a:b', 'é', '/', '@', '[', '`', '{']) {
      await expectError(
        engine.call('sqs', 'SendMessageBatch', {
          QueueUrl: url,
          Entries: [{ Id: bad, MessageBody: 'x' }],
        }),
        'InvalidBatchEntryId',
      );
    }
    const alphabet = ['azAZ09', '-_', 'Mm5'];
    await engine.call('sqs', 'SendMessageBatch', {
      QueueUrl: url,
      Entries: alphabet.map((Id) => ({ Id, MessageBody: Id })),
    });
    expect(await counts(engine, url)).toEqual([3, 0, 0]);
  });

  it('refuses a repeated Id wherever it repeats, naming it, and sends nothing', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const cases: [string[], string][] = [
      [['a', 'b', 'b'], 'b'],
      [['a', 'b', 'c', 'd', 'b'], 'b'],
      [['x', 'y', 'x'], 'x'],
    ];
    for (const [ids, repeated] of cases) {
      await expectError(
        engine.call('sqs', 'SendMessageBatch', {
          QueueUrl: url,
          Entries: ids.map((Id) => ({ Id, MessageBody: Id })),
        }),
        'BatchEntryIdsNotDistinct',
        `Id ${repeated} repeated.`,
      );
    }
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });
});

describe('names and ids at their documented length', () => {
  it('queue names: 80 characters, .fifo counted ([D])', async () => {
    const engine = newEngine();
    await createQueue(engine, 'n'.repeat(80));
    await expectError(createQueue(engine, 'n'.repeat(81)), 'InvalidParameterValue');
    await createQueue(engine, `${'f'.repeat(75)}.fifo`, { FifoQueue: 'true' });
    await expectError(
      createQueue(engine, `${'f'.repeat(76)}.fifo`, { FifoQueue: 'true' }),
      'InvalidParameterValue',
      'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.',
    );
  });

  it('MessageGroupId and MessageDeduplicationId: 128 characters ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', { FifoQueue: 'true' });
    const id128 = 'g'.repeat(128);
    const id129 = 'g'.repeat(129);
    await send(engine, url, 'x', { MessageGroupId: id128, MessageDeduplicationId: id128 });
    await expectError(
      send(engine, url, 'x', { MessageGroupId: id129, MessageDeduplicationId: 'd' }),
      'InvalidParameterValue',
      `Value ${id129} for parameter MessageGroupId is invalid. Reason: MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
    );
    await expectError(
      send(engine, url, 'x', { MessageGroupId: 'g', MessageDeduplicationId: id129 }),
      'InvalidParameterValue',
    );
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('ReceiveRequestAttemptId: 128 characters ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q.fifo', { FifoQueue: 'true' });
    await receive(engine, url, { ReceiveRequestAttemptId: 'a'.repeat(128) });
    await expectError(
      receive(engine, url, { ReceiveRequestAttemptId: 'a'.repeat(129) }),
      'InvalidParameterValue',
    );
  });

  it('message attribute names: 256 characters ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const attribute = (name: string) => ({
      MessageAttributes: { [name]: { DataType: 'String', StringValue: 'v' } },
    });
    await send(engine, url, 'x', attribute('n'.repeat(256)));
    await expectError(
      send(engine, url, 'x', attribute('n'.repeat(257))),
      'InvalidParameterValue',
      'Message (user) attribute name must be shorter than 256 bytes.',
    );
  });

  it('tags: keys of 128 characters, values of 256 ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const tag = (Tags: Record<string, string>) =>
      engine.call('sqs', 'TagQueue', { QueueUrl: url, Tags });
    await tag({ ['k'.repeat(128)]: 'v'.repeat(256) });
    await expectError(tag({ ['k'.repeat(129)]: 'v' }), 'InvalidParameterValue');
    await expectError(tag({ k: 'v'.repeat(257) }), 'InvalidParameterValue');
    const { Tags } = await engine.call<{ Tags: Record<string, string> }>('sqs', 'ListQueueTags', {
      QueueUrl: url,
    });
    expect(Object.keys(Tags)).toEqual(['k'.repeat(128)]);
  });

  it('AddPermission labels: 80 characters ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const permit = (Label: string) =>
      engine.call('sqs', 'AddPermission', {
        QueueUrl: url,
        Label,
        AWSAccountIds: ['210987654321'],
        Actions: ['SendMessage'],
      });
    await permit('l'.repeat(80));
    await expectError(permit('l'.repeat(81)), 'InvalidParameterValue');
  });
});
