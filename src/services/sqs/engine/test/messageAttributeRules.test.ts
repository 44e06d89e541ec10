import { describe, expect, it } from 'vitest';
import {
  counts,
  createQueue,
  expectError,
  newEngine,
  receive,
  send,
} from '../../../../engine/testing/sqs';

/** What a sender sees for each message attribute rule: the exact refusal, or the message kept. */
describe('message attribute rules on SendMessage', () => {
  const string = (StringValue: unknown) => ({ DataType: 'String', StringValue });
  const number = (StringValue: unknown) => ({ DataType: 'Number', StringValue });

  async function queue() {
    const engine = newEngine();
    return { engine, url: await createQueue(engine, 'q') };
  }

  it('refuses each malformed user attribute with its own text, and keeps nothing', async () => {
    const { engine, url } = await queue();
    const refusals: [string, unknown, string][] = [
      ['', string('v'), 'The request must contain non-empty message (user) attribute names.'],
      [
        'AWS.trace',
        string('v'),
        "You can't use message attribute names beginning with 'AWS.' or 'Amazon'. These strings are reserved for internal use.",
      ],
      ['.x', string('v'), "Message (user) attribute name must not begin with character '.'."],
      ['x.', string('v'), "Message (user) attribute name must not end with character '.'."],
      [
        'a..b',
        string('v'),
        "Message (user) attribute name must not have successive '.' characters.",
      ],
      [
        '!ab',
        string('v'),
        "Invalid message (user) attribute name '!ab': use only letters, digits, '_', '-' and '.'.",
      ],
      [
        'n',
        'v',
        "The message (user) attribute 'n' must contain a non-empty message attribute value.",
      ],
      [
        'n',
        null,
        "The message (user) attribute 'n' must contain a non-empty message attribute value.",
      ],
      [
        'n',
        { StringValue: 'v' },
        "The message (user) attribute 'n' must contain a non-empty message attribute type.",
      ],
      [
        'n',
        { DataType: '', StringValue: 'v' },
        "The message (user) attribute 'n' must contain a non-empty message attribute type.",
      ],
      [
        'n',
        { DataType: `String.${'x'.repeat(250)}`, StringValue: 'v' },
        'Message (user) attribute type must be shorter than 256 bytes.',
      ],
      [
        'n',
        { DataType: 'MyString', StringValue: 'v' },
        "The type of message (user) attribute 'n' is invalid. You must use only the following supported type prefixes: Binary, Number, String.",
      ],
      [
        'n',
        { DataType: 'String', StringValue: 'v', BinaryValue: new Uint8Array([1]) },
        "Message (user) attribute 'n' must have a single value.",
      ],
      [
        'n',
        { DataType: 'Binary' },
        "Message (user) attribute 'n' with type 'Binary' must use field 'Binary'.",
      ],
      [
        'n',
        { DataType: 'String' },
        "Message (user) attribute 'n' with type 'String' must use field 'String'.",
      ],
      [
        'n',
        { DataType: 'Number', BinaryValue: new Uint8Array([1]) },
        "Message (user) attribute 'n' with type 'Number' must use field 'String'.",
      ],
      [
        'n',
        number(42),
        "Message (user) attribute 'n' must contain a non-empty value of type 'Number'.",
      ],
      [
        'n',
        string('tab\tok, vertical tab \x0b not'),
        "Invalid binary character '#xB' was found in the value of message (user) attribute 'n'.",
      ],
    ];
    for (const [name, value, text] of refusals) {
      await expectError(
        send(engine, url, 'x', { MessageAttributes: { [name]: value } }),
        'InvalidParameterValue',
        text,
      );
    }
    for (const MessageAttributes of ['k=v', [string('v')]]) {
      await expectError(
        send(engine, url, 'x', { MessageAttributes }),
        'InvalidParameterValue',
        'The message (user) attributes must be a map.',
      );
    }
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });

  it('accepts the limits themselves: 10 attributes, a 256-character type, AWS. inside a name', async () => {
    const { engine, url } = await queue();
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`a${i}`, string('v')]));
    await send(engine, url, 'ten', { MessageAttributes: ten });
    const longType = `String.${'x'.repeat(249)}`;
    await send(engine, url, 'long type', {
      MessageAttributes: { 'my.aws.thing': { DataType: longType, StringValue: 'v' } },
    });
    // null reads as no attributes at all, as an absent member does.
    const plain = await send(engine, url, 'none', { MessageAttributes: null });
    expect(plain).not.toHaveProperty('MD5OfMessageAttributes');
    const got = await receive(engine, url, {
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
    });
    const byBody = new Map(got.map((m) => [m.Body, m.MessageAttributes]));
    expect(Object.keys(byBody.get('ten') ?? {})).toHaveLength(10);
    expect(byBody.get('long type')).toEqual({
      'my.aws.thing': { DataType: longType, StringValue: 'v' },
    });
    expect(byBody.get('none')).toBeUndefined();
  });

  it('reads Number values as numbers: signs, fractions and exponents, nothing around them', async () => {
    const { engine, url } = await queue();
    for (const value of ['+3', '-1', '.5', '.55', '2.', '1e5', '1E-5', '1e+10', '1.5e10']) {
      await send(engine, url, value, { MessageAttributes: { n: number(value) } });
    }
    for (const value of ['x1', '1x', 'one', '1e', '1e+', '.e5', '1ex5', '--1']) {
      await expectError(
        send(engine, url, value, { MessageAttributes: { n: number(value) } }),
        'InvalidParameterValue',
        "Can't cast the value of message (user) attribute 'n' to a number.",
      );
    }
    expect(await counts(engine, url)).toEqual([9, 0, 0]);
  });

  it('allows only AWSTraceHeader, a String, among the message system attributes', async () => {
    const { engine, url } = await queue();
    await expectError(
      send(engine, url, 'x', { MessageSystemAttributes: { Trace: string('Root=1') } }),
      'InvalidParameterValue',
      "Message system attribute name 'Trace' is invalid.",
    );
    await expectError(
      send(engine, url, 'x', { MessageSystemAttributes: { AWSTraceHeader: number('1') } }),
      'InvalidParameterValue',
      "The type of message system attribute 'AWSTraceHeader' is invalid. You must use only the following supported type prefixes: Binary, Number, String.",
    );
    await expectError(
      send(engine, url, 'x', {
        MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String.x'.padEnd(257, 'x') } },
      }),
      'InvalidParameterValue',
      'Message system attribute type must be shorter than 256 bytes.',
    );
    // System attribute names have their own rule: a reserved user name is refused as unknown.
    await expectError(
      send(engine, url, 'x', { MessageSystemAttributes: { 'AWS.x': string('v') } }),
      'InvalidParameterValue',
      "Message system attribute name 'AWS.x' is invalid.",
    );
    expect(await counts(engine, url)).toEqual([0, 0, 0]);
  });
});
