import { describe, expect, it } from 'vitest';
import { expectRefusal, snsWorld, topicArn } from './snsWorld';

const MAX = 262_144;

async function world() {
  const w = snsWorld();
  await w.topic('t');
  return w;
}

describe('Publish checks (reference 2.3)', () => {
  const refused: [string, Record<string, unknown>, string, string, number?][] = [
    ['an empty message', { Message: '' }, 'InvalidParameter', 'Invalid parameter: Empty message'],
    [
      'no message',
      { Message: undefined },
      'ValidationError',
      "1 validation error detected: Value null at 'message' failed to satisfy constraint: Member must not be null",
    ],
    ['an empty Subject', { Subject: '' }, 'InvalidParameter', 'Invalid parameter: Subject'],
    [
      'a Subject of 100 characters',
      { Subject: 's'.repeat(100) },
      'InvalidParameter',
      'Invalid parameter: Subject',
    ],
    [
      'a Subject with a line break',
      { Subject: 'a\nb' },
      'InvalidParameter',
      'Invalid parameter: Subject',
    ],
    [
      'a message of 262,145 bytes',
      { Message: 'x'.repeat(MAX + 1) },
      'InvalidParameter',
      'Invalid parameter: Message too long',
    ],
    [
      'attributes that push it over',
      {
        Message: 'x'.repeat(MAX - 10),
        MessageAttributes: { a: { DataType: 'String', StringValue: 'abcd' } },
      },
      'InvalidParameter',
      'Invalid parameter: Message too long',
    ],
    [
      'a topic that is not there',
      { TopicArn: topicArn('nope') },
      'NotFound',
      'Topic does not exist',
      404,
    ],
    [
      'a malformed TopicArn',
      { TopicArn: 'orders' },
      'InvalidParameter',
      'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
    ],
    [
      'an empty TopicArn',
      { TopicArn: '' },
      'InvalidParameter',
      'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
    ],
    [
      'no target',
      { TopicArn: undefined },
      'InvalidParameter',
      'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
    ],
    [
      'a platform endpoint',
      { TopicArn: undefined, TargetArn: 'arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/1' },
      'InvalidParameter',
      'Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified',
    ],
    [
      'a bad phone number',
      { TopicArn: undefined, PhoneNumber: '+1a234' },
      'InvalidParameter',
      'Invalid parameter: PhoneNumber Reason: +1a234 is not valid to publish to',
    ],
    [
      'JSON structure without default',
      { MessageStructure: 'json', Message: '{"sqs":"x"}' },
      'InvalidParameter',
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    ],
    [
      'JSON structure with a default that is no string',
      { MessageStructure: 'json', Message: '{"default":1}' },
      'InvalidParameter',
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    ],
    [
      'JSON structure that does not parse',
      { MessageStructure: 'json', Message: '{"default":' },
      'InvalidParameter',
      'Invalid parameter: Message Structure - JSON message body failed to parse',
    ],
    [
      'a MessageDeduplicationId on a standard topic',
      { MessageDeduplicationId: 'd' },
      'InvalidParameter',
      'Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    ],
  ];
  it.each(refused)(
    'refuses %s and publishes nothing',
    async (_, extra, code, message, status = 400) => {
      const w = await world();
      await expectRefusal(
        w.engine.call('sns', 'Publish', { TopicArn: topicArn('t'), Message: 'm', ...extra }),
        code,
        message,
        status,
      );
      expect(w.of('sns/published')).toEqual([]);
      expect(w.engine.gauges().sns.t?.NumberOfMessagesPublished).toBe(0);
    },
  );

  it('accepts exactly 262,144 bytes, attributes included, and duplicate keys in a JSON structure', async () => {
    const w = await world();
    await w.publish(topicArn('t'), 'x'.repeat(MAX - 10), {
      MessageAttributes: { a: { DataType: 'String', StringValue: 'abc' } },
    });
    await w.publish(topicArn('t'), '{"default":"a","default":"b"}', { MessageStructure: 'json' });
    await w.publish(topicArn('t'), 'by TargetArn', {
      TopicArn: undefined,
      TargetArn: topicArn('t'),
    });
    expect(w.of('sns/published')).toHaveLength(3);
    expect(w.engine.gauges().sns.t?.PublishSize).toBe(MAX + 29 + 12);
  });

  it('publishes an SMS to a phone number without a topic', async () => {
    const w = await world();
    const { MessageId } = await w.engine.call<{ MessageId: string }>('sns', 'Publish', {
      PhoneNumber: '+15551234567',
      Message: 'hi',
    });
    expect(w.of('sns/sms-published')).toMatchObject([
      { phoneNumber: '+15551234567', messageId: MessageId },
    ]);
  });
});

describe('message attributes (reference 2.3.1: ParameterValueInvalid)', () => {
  const rows: [string, unknown, string][] = [
    [
      'String without a value',
      { DataType: 'String', StringValue: '' },
      "The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.",
    ],
    [
      'String with no value member',
      { DataType: 'String' },
      "The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.",
    ],
    [
      'Binary with an empty value',
      { DataType: 'Binary', BinaryValue: new Uint8Array() },
      "The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'Binary'.",
    ],
    [
      'String with a BinaryValue',
      { DataType: 'String', BinaryValue: new Uint8Array([1]) },
      "The message attribute 'attr1' with type 'String' must use field 'String'.",
    ],
    [
      'Number with a BinaryValue',
      { DataType: 'Number', BinaryValue: new Uint8Array([1]) },
      "The message attribute 'attr1' with type 'Number' must use field 'String'.",
    ],
    [
      'Binary with a StringValue',
      { DataType: 'Binary', StringValue: 'x' },
      "The message attribute 'attr1' with type 'Binary' must use field 'Binary'.",
    ],
    [
      'an unknown type',
      { DataType: 'Integer', StringValue: '1' },
      "The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.",
    ],
  ];
  it.each(rows)('%s', async (_, value, message) => {
    const w = await world();
    const MessageAttributes = { attr1: value };
    await expectRefusal(
      w.publish(topicArn('t'), 'm', { MessageAttributes }),
      'ParameterValueInvalid',
      message,
    );
    await expectRefusal(
      w.engine.call('sns', 'PublishBatch', {
        TopicArn: topicArn('t'),
        PublishBatchRequestEntries: [{ Id: '1', Message: 'm', MessageAttributes }],
      }),
      'ParameterValueInvalid',
      message,
    );
  });

  const names: [string, string][] = [
    ['a'.repeat(256), 'Length of message attribute name must be less than 256 bytes.'],
    [
      'a^b',
      "Invalid non-alphanumeric character '#x5E' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.",
    ],
    ['.a', "Invalid message attribute name starting with character '.' was found."],
    ['a.', "Invalid message attribute name ending with character '.' was found."],
    ['a..b', "Message attribute name can not have successive '.' character."],
  ];
  it.each(names)('refuses the name %j', async (name, message) => {
    const w = await world();
    await expectRefusal(
      w.publish(topicArn('t'), 'm', {
        MessageAttributes: { [name]: { DataType: 'String', StringValue: 'v' } },
      }),
      'ParameterValueInvalid',
      message,
    );
  });

  it('accepts a 255-byte name and custom type suffixes', async () => {
    const w = await world();
    await w.publish(topicArn('t'), 'm', {
      MessageAttributes: {
        ['a'.repeat(255)]: { DataType: 'String.custom', StringValue: 'v' },
        n: { DataType: 'Number.float', StringValue: '1.5' },
      },
    });
    expect(w.of('sns/published')).toHaveLength(1);
  });

  it('names the missing DataType by its path, in a batch with the entry position', async () => {
    const w = await world();
    const MessageAttributes = { attr1: { StringValue: 'v' } };
    await expectRefusal(
      w.publish(topicArn('t'), 'm', { MessageAttributes }),
      'ValidationError',
      "1 validation error detected: Value null at 'messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null",
    );
    await expectRefusal(
      w.engine.call('sns', 'PublishBatch', {
        TopicArn: topicArn('t'),
        PublishBatchRequestEntries: [{ Id: '1', Message: 'm', MessageAttributes }],
      }),
      'ValidationError',
      "1 validation error detected: Value null at 'publishBatchRequestEntries.1.member.messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null",
    );
  });
});
