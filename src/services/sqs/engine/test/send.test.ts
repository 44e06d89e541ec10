import { describe, expect, it } from 'vitest';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

describe('SendMessage', () => {
  it('returns the MD5 digests AWS computes ([V] test vectors)', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const plain = await send(engine, url, 'message');
    expect(plain.MD5OfMessageBody).toBe('78e731027d8fd50ed642340b7c9a63b3');
    expect(plain).not.toHaveProperty('MD5OfMessageAttributes');
    expect(plain).not.toHaveProperty('SequenceNumber');
    const vectors: [
      Record<string, { DataType: string; StringValue?: string; BinaryValue?: Uint8Array }>,
      string,
    ][] = [
      [{ Foo: { DataType: 'String', StringValue: 'Bar' } }, 'ae7155c6026991b6d54b11589678bf9c'],
      [
        {
          'Help.Me': { DataType: 'String', StringValue: 'Me' },
          Hello: { DataType: 'String', StringValue: 'There' },
          General: { DataType: 'String', StringValue: 'Kenobi' },
        },
        '4c360f3fdafd970e05fae2f149d997f5',
      ],
      // The same attributes in another order: the digest sorts names, so it is the same.
      [
        {
          General: { DataType: 'String', StringValue: 'Kenobi' },
          'Help.Me': { DataType: 'String', StringValue: 'Me' },
          Hello: { DataType: 'String', StringValue: 'There' },
        },
        '4c360f3fdafd970e05fae2f149d997f5',
      ],
      [{ attr1: { DataType: 'Number', StringValue: '99.12' } }, 'd302007e9aa062660afc85fd0a482472'],
      [
        {
          attr1: {
            DataType: 'Binary',
            BinaryValue: new Uint8Array(
              [...'traceparent\x1e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01'].map(
                (c) => c.charCodeAt(0),
              ),
            ),
          },
        },
        '8cbe4db156db8a94db8b801b7addb984',
      ],
    ];
    for (const [MessageAttributes, md5] of vectors) {
      const result = await engine.call<{ MD5OfMessageAttributes: string }>('sqs', 'SendMessage', {
        QueueUrl: url,
        MessageBody: 'x',
        MessageAttributes,
      });
      expect(result.MD5OfMessageAttributes).toBe(md5);
    }
  });

  it('digests AWSTraceHeader separately ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const result = await engine.call<Record<string, string>>('sqs', 'SendMessage', {
      QueueUrl: url,
      MessageBody: 'x',
      MessageSystemAttributes: {
        AWSTraceHeader: {
          DataType: 'String',
          StringValue: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
        },
      },
    });
    expect(result.MD5OfMessageSystemAttributes).toBe('5ae4d5d7636402d80f4eb6d213245a88');
    expect(result.MD5OfMessageAttributes).toBeUndefined();
  });

  it('enforces MaximumMessageSize over body and attributes, exactly at the limit ([V])', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q', { MaximumMessageSize: '1024' });
    await send(engine, url, 'a'.repeat(1024));
    await expectError(
      send(engine, url, 'a'.repeat(1017), {
        MessageAttributes: { k: { DataType: 'String', StringValue: 'x' } },
      }),
      'InvalidParameterValue',
      'One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.',
    );
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('refuses empty bodies and characters outside the allowed set', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await expectError(
      send(engine, url, ''),
      'MissingParameter',
      'The request must contain the parameter MessageBody.',
    );
    await expectError(
      send(engine, url, 'bell\x07'),
      'InvalidMessageContents',
      /Invalid binary character '#x7'/,
    );
    await send(engine, url, 'tab\tnewline\ncr\r emoji 😀');
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('validates message attributes', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const attr = (name: string, value: object) =>
      send(engine, url, 'x', { MessageAttributes: { [name]: value } });
    await expectError(
      attr('ErrorDetails', { DataType: 'String', StringValue: '' }),
      'InvalidParameterValue',
      "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.",
    );
    await expectError(
      attr('testname', { DataType: 'Binary', BinaryValue: new Uint8Array() }),
      'InvalidParameterValue',
      "The message attribute 'testname' must contain non-empty message attribute value for message attribute type 'Binary'.",
    );
    for (const name of ['aWs.x', 'AMAZON.x', '.x', 'x.', 'a..b', 'bad!', 'x'.repeat(257)]) {
      await expectError(
        attr(name, { DataType: 'String', StringValue: 'v' }),
        'InvalidParameterValue',
      );
    }
    await expectError(
      attr('n', { DataType: 'Numberish', StringValue: '1' }),
      'InvalidParameterValue',
      /supported type prefixes/,
    );
    await expectError(
      attr('n', { DataType: 'Number', StringValue: 'one' }),
      'InvalidParameterValue',
      /to a number/,
    );
    await expectError(
      attr('s', { DataType: 'String', StringValue: 'a\x08' }),
      'InvalidParameterValue',
    );
    const eleven = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`a${i}`, { DataType: 'String', StringValue: 'v' }]),
    );
    await expectError(
      send(engine, url, 'x', { MessageAttributes: eleven }),
      'InvalidParameterValue',
      'Number of message attributes [11] exceeds the allowed maximum [10].',
    );
    await attr('attr.1øßä', { DataType: 'Number.int', StringValue: '42' });
    expect(await counts(engine, url)).toEqual([1, 0, 0]);
  });

  it('checks DelaySeconds range and MessageGroupId pattern on standard queues', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    await expectError(
      send(engine, url, 'x', { DelaySeconds: 54524 }),
      'InvalidParameterValue',
      'Value 54524 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.',
    );
    await expectError(
      send(engine, url, 'x', { MessageGroupId: 'group 123' }),
      'InvalidParameterValue',
      'Value group 123 for parameter MessageGroupId is invalid. Reason: MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.',
    );
    await expectError(
      send(engine, url, 'x', { MessageDeduplicationId: 'd' }),
      'InvalidParameterValue',
      /not valid for this queue type/,
    );
    // [V] a valid MessageGroupId on a standard queue (fair queues) comes back as a system attribute.
    await send(engine, url, 'fair', { MessageGroupId: 'tenant-1' });
    const [message] = await receive(engine, url, { MessageSystemAttributeNames: ['All'] });
    expect(message?.Attributes?.MessageGroupId).toBe('tenant-1');
    expect(message?.Attributes?.SequenceNumber).toBeUndefined();
  });

  it('fails unknown queues with QueueDoesNotExist', async () => {
    const engine = newEngine();
    await expectError(
      send(engine, 'https://sqs.us-east-1.amazonaws.com/123456789012/missing', 'x'),
      'QueueDoesNotExist',
      'The specified queue does not exist.',
    );
  });
});
