import { describe, expect, it } from 'vitest';
import { expectRefusal, queueArn, snsWorld, topicArn } from './snsWorld';

const MAX = 262_144;

async function world() {
  const w = snsWorld();
  await w.topic('t');
  return w;
}

describe('PublishBatch (reference 2.3)', () => {
  const entries = (n: number, extra: (i: number) => Record<string, unknown> = () => ({})) =>
    Array.from({ length: n }, (_, i) => ({ Id: `e${i}`, Message: `m${i}`, ...extra(i) }));
  const refused: [string, unknown[], string, string][] = [
    [
      '11 entries',
      entries(11),
      'TooManyEntriesInBatchRequest',
      'The batch request contains more entries than permissible.',
    ],
    ['no entries', [], 'EmptyBatchRequest', "The batch request doesn't contain any entries."],
    [
      'two entries with one Id',
      entries(2, () => ({ Id: 'same' })),
      'BatchEntryIdsNotDistinct',
      'Two or more batch entries in the request have the same Id.',
    ],
    [
      'an Id with a dot',
      entries(1, () => ({ Id: 'message.id' })),
      'InvalidBatchEntryId',
      'The Id of a batch entry in the batch request contains an impermissible character: message.id',
    ],
    [
      'an Id of 81 characters',
      entries(1, () => ({ Id: 'a'.repeat(81) })),
      'InvalidBatchEntryId',
      `The Id of a batch entry in the batch request is too long: ${'a'.repeat(81)}`,
    ],
    [
      'entries over 262,144 bytes together',
      entries(2, () => ({ Message: 'x'.repeat(MAX / 2 + 1) })),
      'BatchRequestTooLong',
      'The length of all the messages put together is more than the limit.',
    ],
    [
      'one empty message',
      entries(2, (i) => (i === 1 ? { Message: '' } : {})),
      'InvalidParameter',
      'Invalid parameter: Empty message',
    ],
  ];
  it.each(refused)(
    'refuses %s, publishing none',
    async (_, PublishBatchRequestEntries, code, message) => {
      const w = await world();
      await expectRefusal(
        w.engine.call('sns', 'PublishBatch', {
          TopicArn: topicArn('t'),
          PublishBatchRequestEntries,
        }),
        code,
        message,
      );
      expect(w.of('sns/published')).toEqual([]);
    },
  );

  it('refuses a topic that is not there (404)', async () => {
    await expectRefusal(
      snsWorld().engine.call('sns', 'PublishBatch', {
        TopicArn: topicArn('t'),
        PublishBatchRequestEntries: entries(1),
      }),
      'NotFound',
      'Topic does not exist',
      404,
    );
  });

  it('publishes ten entries in order, Ids of 80 characters allowed', async () => {
    const w = await world();
    const list = entries(10, (i) => (i === 0 ? { Id: 'a'.repeat(80) } : {}));
    const out = await w.engine.call<{
      Successful: { Id: string; MessageId: string }[];
      Failed: unknown[];
    }>('sns', 'PublishBatch', { TopicArn: topicArn('t'), PublishBatchRequestEntries: list });
    expect(out.Failed).toEqual([]);
    expect(out.Successful.map((s) => s.Id)).toEqual(list.map((e) => e.Id));
    expect(w.of('sns/published').map((e) => e.messageId)).toEqual(
      out.Successful.map((s) => s.MessageId),
    );
  });

  it('delivers each entry to the subscribed queue', async () => {
    const w = await world();
    const url = await w.queue('q', { allow: [topicArn('t')] });
    await w.subscribeQueue(topicArn('t'), 'q', { RawMessageDelivery: 'true' });
    await w.engine.call('sns', 'PublishBatch', {
      TopicArn: topicArn('t'),
      PublishBatchRequestEntries: entries(3),
    });
    w.run(1000);
    expect((await w.receive(url)).map((m) => m.Body).sort()).toEqual(['m0', 'm1', 'm2']);
    expect(queueArn('q')).toContain(':q');
  });
});
