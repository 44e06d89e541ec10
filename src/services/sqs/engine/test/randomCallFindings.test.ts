import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/index';
import {
  bodies,
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/** Defects that seeded random calls through the door found, each pinned by its shortest case. */
describe('found by random calls', () => {
  it('refuses policy members that are JSON objects where a value belongs, and a null statement', async () => {
    const engine = newEngine();
    const QueueUrl = await createQueue(engine, 'orders');
    await createQueue(engine, 'dlq');
    const set = (Attributes: Record<string, string>) =>
      engine.call('sqs', 'SetQueueAttributes', { QueueUrl, Attributes });
    await expectError(
      set({
        RedrivePolicy:
          '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:dlq","maxReceiveCount":{"toString":1}}',
      }),
      'InvalidParameterValue',
      /Invalid value for maxReceiveCount/,
    );
    await expectError(
      set({ RedriveAllowPolicy: '{"redrivePermission":{"toString":1}}' }),
      'InvalidAttributeValue',
    );
    await expectError(set({ Policy: '{"Statement":[null]}' }), 'InvalidAttributeValue');
    // Nothing was stored, so permissions still work.
    const grant = {
      QueueUrl,
      Label: 'p1',
      AWSAccountIds: ['111122223333'],
      Actions: ['SendMessage'],
    };
    await engine.call('sqs', 'AddPermission', grant);
    await engine.call('sqs', 'RemovePermission', { QueueUrl, Label: 'p1' });
    const { Attributes } = await engine.call<{ Attributes: Record<string, string> }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl, AttributeNames: ['All'] },
    );
    expect(Attributes.Policy).toBeUndefined();
    expect(Attributes.RedrivePolicy).toBeUndefined();
  });

  it('names an unknown attribute InvalidAttributeName even when it is a prototype member', async () => {
    const engine = newEngine();
    const QueueUrl = await createQueue(engine, 'q');
    for (const name of ['Bogus', 'toString', 'constructor', 'hasOwnProperty', '__proto__'])
      await expectError(
        engine.call('sqs', 'SetQueueAttributes', {
          QueueUrl,
          Attributes: JSON.parse(`{"${name}":"5"}`),
        }),
        'InvalidAttributeName',
      );
  });

  it('keeps a tag named "__proto__" like any other key', async () => {
    const engine = newEngine();
    const QueueUrl = await createQueue(engine, 'q');
    await engine.call('sqs', 'TagQueue', {
      QueueUrl,
      Tags: JSON.parse('{"__proto__":"v","env":"prod"}'),
    });
    const { Tags } = await engine.call<{ Tags: Record<string, string> }>('sqs', 'ListQueueTags', {
      QueueUrl,
    });
    expect(Object.entries(Tags)).toEqual([
      ['__proto__', 'v'],
      ['env', 'prod'],
    ]);
    await engine.call('sqs', 'UntagQueue', { QueueUrl, TagKeys: ['__proto__'] });
    const after = await engine.call<{ Tags: Record<string, string> }>('sqs', 'ListQueueTags', {
      QueueUrl,
    });
    expect(Object.entries(after.Tags)).toEqual([['env', 'prod']]);
  });

  for (const fifo of [false, true]) {
    it(`${fifo ? 'FIFO' : 'standard'}: a receive whose first candidate goes to the DLQ returns the next visible message at once`, async () => {
      const engine = newEngine();
      const sfx = fifo ? '.fifo' : '';
      const type = fifo ? { FifoQueue: 'true' } : {};
      const ids = (k: number) =>
        fifo ? { MessageGroupId: `g${k}`, MessageDeduplicationId: `d${k}` } : {};
      await createQueue(engine, `dlq${sfx}`, type);
      const QueueUrl = await createQueue(engine, `work${sfx}`, {
        ...type,
        VisibilityTimeout: '0',
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: `arn:aws:sqs:us-east-1:123456789012:dlq${sfx}`,
          maxReceiveCount: 1,
        }),
      });
      await send(engine, QueueUrl, 'A', ids(1));
      expect(bodies(await receive(engine, QueueUrl))).toEqual(['A']); // stays visible: timeout 0
      await send(engine, QueueUrl, 'B', ids(2));
      // A moves to the DLQ; a long poll must not wait 20 s beside B.
      expect(bodies(await receive(engine, QueueUrl, { WaitTimeSeconds: 20 }))).toEqual(['B']);
      // With room for more, each message is returned once per receive, however many moved.
      await send(engine, QueueUrl, 'C', ids(3));
      expect(bodies(await receive(engine, QueueUrl, { MaxNumberOfMessages: 10 })).sort()).toEqual([
        'C',
      ]);
    });
  }

  it('keeps seeded duplicates bounded: one undeleted message never stands for more than two copies', async () => {
    const engine = newEngine(3);
    const QueueUrl = await createQueue(engine, 'q', { VisibilityTimeout: '1' });
    await engine.call('playground', 'SetQueueBehavior', { QueueUrl, DuplicateProbability: 0.3 });
    await send(engine, QueueUrl, 'one message');
    await failingConsumer(engine, QueueUrl);
    let duplicates = 0;
    for (let i = 0; i < 4; i++) {
      engine.advanceBy(15_000);
      duplicates += engine.drain().filter((e) => e.type === 'sqs/duplicate-delivered').length;
      const [visible, inflight] = await counts(engine, QueueUrl);
      expect(visible + inflight).toBeLessThanOrEqual(2);
    }
    expect(duplicates).toBe(1); // the copy is never deleted, so no second one is made
  });
});

async function failingConsumer(engine: Engine, QueueUrl: string): Promise<void> {
  await engine.call('playground', 'CreateActor', {
    ActorId: 'c',
    Kind: 'consumer',
    Config: {
      QueueUrl,
      MaxNumberOfMessages: 10,
      Concurrency: 50,
      FailureProbability: 1,
      ProcessingTime: { Distribution: 'fixed', Ms: 10 },
    },
  });
}
