import { describe, expect, it } from 'vitest';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/** Parameter checks a user meets when a call is refused; each refusal changes nothing. */
describe('AddPermission parameters ([D])', () => {
  const permit = async (extra: Record<string, unknown>) => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const call = engine.call('sqs', 'AddPermission', {
      QueueUrl: url,
      Label: 'partner',
      AWSAccountIds: ['210987654321'],
      Actions: ['SendMessage'],
      ...extra,
    });
    return { engine, url, call };
  };

  it('needs accounts and actions', async () => {
    await expectError(
      (await permit({ AWSAccountIds: undefined })).call,
      'MissingParameter',
      'The request must contain the parameter AWSAccountIds.',
    );
    await expectError(
      (await permit({ AWSAccountIds: [] })).call,
      'InvalidParameterValue',
      'Value [] for parameter PrincipalId is invalid. Reason: Unable to verify.',
    );
    for (const Actions of [undefined, []]) {
      await expectError(
        (await permit({ Actions })).call,
        'MissingParameter',
        'The request must contain the parameter Actions.',
      );
    }
  });

  it('grants at most 7 actions in one statement', async () => {
    const seven = [
      'SendMessage',
      'ReceiveMessage',
      'DeleteMessage',
      'ChangeMessageVisibility',
      'GetQueueAttributes',
      'GetQueueUrl',
      'PurgeQueue',
    ];
    await (
      await permit({ Actions: seven })
    ).call;
    await expectError(
      (await permit({ Actions: [...seven, 'ListDeadLetterSourceQueues'] })).call,
      'OverLimit',
      '8 Actions were found, maximum allowed is 7.',
    );
  });

  it("refuses the owner's own actions and names that are not actions, leaving no policy", async () => {
    const owner = await permit({ Actions: ['SendMessage', 'DeleteQueue'] });
    await expectError(
      owner.call,
      'InvalidParameterValue',
      'Value SQS:DeleteQueue for parameter ActionName is invalid. Reason: Only the queue owner is allowed to invoke this action.',
    );
    const unknown = await permit({ Actions: ['SendMessages'] });
    await expectError(
      unknown.call,
      'InvalidParameterValue',
      'Value SQS:SendMessages for parameter ActionName is invalid. Reason: Please refer to the appropriate WSDL for a list of valid actions.',
    );
    expect(
      await owner.engine.call('sqs', 'GetQueueAttributes', {
        QueueUrl: owner.url,
        AttributeNames: ['Policy'],
      }),
    ).toEqual({ Attributes: {} });
  });

  it('names the label it refuses', async () => {
    await expectError(
      (await permit({ Label: 'bad label' })).call,
      'InvalidParameterValue',
      'Value bad label for parameter Label is invalid. Reason: Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
  });
});

describe('TagQueue and UntagQueue parameters ([D])', () => {
  it('refuses an empty tag set, an empty key list and keys outside 1–128 characters', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await engine.call('sqs', 'TagQueue', {
      QueueUrl: url,
      Tags: { team: 'a', ['k'.repeat(128)]: 'b' },
    });
    await expectError(
      engine.call('sqs', 'TagQueue', { QueueUrl: url, Tags: {} }),
      'MissingParameter',
      'The request must contain the parameter Tags.',
    );
    for (const TagKeys of [[], [''], ['team', 'k'.repeat(129)]]) {
      await expectError(
        engine.call('sqs', 'UntagQueue', { QueueUrl: url, TagKeys }),
        'InvalidParameterValue',
      );
    }
    await engine.call('sqs', 'UntagQueue', { QueueUrl: url, TagKeys: ['k'.repeat(128)] });
    expect(await engine.call('sqs', 'ListQueueTags', { QueueUrl: url })).toEqual({
      Tags: { team: 'a' },
    });
  });
});

describe('ChangeMessageVisibility parameters ([D])', () => {
  it('needs a VisibilityTimeout of 0–43200 s, also per batch entry', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    const change = (VisibilityTimeout?: number) =>
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout,
      });
    await expectError(
      change(),
      'MissingParameter',
      'The request must contain the parameter VisibilityTimeout.',
    );
    await expectError(
      change(-1),
      'InvalidParameterValue',
      'Value -1 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.',
    );
    // Out of range is refused as such, not as going past the 12 hours counted from the receive.
    await expectError(
      change(43_201),
      'InvalidParameterValue',
      'Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.',
    );
    const batch = await engine.call<{
      Failed: { Id: string; Code: string; SenderFault: boolean }[];
    }>('sqs', 'ChangeMessageVisibilityBatch', {
      QueueUrl: url,
      Entries: [{ Id: 'e', ReceiptHandle: m?.ReceiptHandle }],
    });
    expect(batch.Failed).toEqual([
      expect.objectContaining({ Id: 'e', Code: 'MissingParameter', SenderFault: true }),
    ]);
    expect(await counts(engine, url)).toEqual([0, 1, 0]);
  });

  it('allows 12 hours from the receive and not a second more ([D])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'x');
    const [m] = await receive(engine, url);
    const change = (VisibilityTimeout: number) =>
      engine.call('sqs', 'ChangeMessageVisibility', {
        QueueUrl: url,
        ReceiptHandle: m?.ReceiptHandle,
        VisibilityTimeout,
      });
    await change(43_200);
    engine.advanceBy(1_000);
    await expectError(
      change(43_200),
      'InvalidParameterValue',
      'Value 43200 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]',
    );
    await change(43_199);
  });

  it('logs the change and counts deletes in NumberOfMessagesDeleted', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await send(engine, url, 'a');
    await send(engine, url, 'b');
    const messages = await receive(engine, url, { MaxNumberOfMessages: 2 });
    engine.drain();
    await engine.call('sqs', 'ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: messages[0]?.ReceiptHandle,
      VisibilityTimeout: 5,
    });
    const changed = engine.drain().filter((e) => e.type === 'sqs/visibility-changed');
    expect(changed).toEqual([
      expect.objectContaining({ visibilityTimeout: 5, visibleAt: engine.now() + 5_000 }),
    ]);
    for (const m of messages)
      await engine.call('sqs', 'DeleteMessage', { QueueUrl: url, ReceiptHandle: m.ReceiptHandle });
    expect(engine.gauges().sqs.q?.NumberOfMessagesDeleted).toBe(2);
  });
});

describe('SendMessageBatch total size ([V] 1 MiB)', () => {
  it('accepts a batch of exactly 1,048,576 bytes', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const Entries = Array.from({ length: 8 }, (_, i) => ({
      Id: `e${i}`,
      MessageBody: 'a'.repeat(131_072),
    }));
    const result = await engine.call<{ Successful: unknown[] }>('sqs', 'SendMessageBatch', {
      QueueUrl: url,
      Entries,
    });
    expect(result.Successful).toHaveLength(8);
  });
});

describe('QueueUrl resolution', () => {
  it('accepts any endpoint host and a bare name, but not another account or a name with a path', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'orders');
    const path = new URL(url).pathname; // /123456789012/orders
    await send(engine, `http://localhost:4566${path}`, 'custom endpoint');
    await send(engine, 'orders', 'bare name');
    for (const QueueUrl of [
      url.replace(path, '/999999999999/orders'),
      `${url}/extra`,
      `${url}x`,
      'ftp://host/123456789012/orders',
    ]) {
      await expectError(
        send(engine, QueueUrl, 'x'),
        'QueueDoesNotExist',
        'The specified queue does not exist.',
      );
    }
    expect(await counts(engine, url)).toEqual([2, 0, 0]);
  });
});
