import { describe, expect, it } from 'vitest';
import { explain, type SqsEvent } from '../../../../engine/index';

/**
 * The event log's sentences, as a learner reads them: each SQS event in words, with the numbers
 * that caused it. One event of each kind, and the edges of the words built from numbers
 * (ordinals, delays, shortened ids, empty attribute values).
 */
const at = 61_000;
const message = { at, queue: 'orders', messageId: 'id-7', n: 7 };

const sentences: [SqsEvent, string][] = [
  [
    { type: 'sqs/queue-created', at, queue: 'orders', fifo: false },
    'orders: standard queue created.',
  ],
  [{ type: 'sqs/queue-created', at, queue: 'o.fifo', fifo: true }, 'o.fifo: FIFO queue created.'],
  [
    { type: 'sqs/queue-deleted', at, queue: 'orders', messagesDropped: 3 },
    'orders: queue deleted with 3 message(s) still in it.',
  ],
  [
    {
      type: 'sqs/attributes-changed',
      at,
      queue: 'orders',
      attributes: { VisibilityTimeout: '45', RedrivePolicy: '' },
    },
    'orders: attributes changed (VisibilityTimeout=45, RedrivePolicy="").',
  ],
  [
    { ...message, type: 'sqs/sent', by: 'shop', size: 5, delaySeconds: 0 },
    'm-7 sent to orders by shop.',
  ],
  [
    { ...message, type: 'sqs/sent', by: 'shop', size: 5, delaySeconds: 30, groupId: 'g1' },
    'm-7 sent to orders by shop in group g1; hidden for its 30 s delay.',
  ],
  [
    {
      type: 'sqs/duplicate-dropped',
      at,
      queue: 'orders',
      by: 'shop',
      dedupId: 'abcdefghijklmnopq',
      originalMessageId: 'id-1',
      windowEndsAt: at + 90_000,
    },
    'orders: a send with deduplication id abcdefghijkl… was accepted but not delivered: the same id was seen within the 5-minute window (ends 1 min 30 s from now).',
  ],
  [
    { ...message, type: 'sqs/delay-ended', delaySeconds: 30 },
    'm-7 is now visible in orders: its 30 s delay is over.',
  ],
  [
    {
      ...message,
      type: 'sqs/receive-retried',
      by: 'worker',
      attemptId: 'abcdefghijklmnop',
      visibleAt: at + 20_000,
    },
    'm-7 returned again to worker from orders with the same receipt handle: the receive was retried with ReceiveRequestAttemptId abcdefghijklmnop within 5 minutes; hidden for 20 s more.',
  ],
  [
    { ...message, type: 'sqs/duplicate-delivered', copyOfReceiveCount: 1 },
    'm-7: orders kept a second copy visible after delivering it — at-least-once delivery, so consumers must be idempotent.',
  ],
  [
    { ...message, type: 'sqs/reordered', overtook: 2 },
    'm-7 overtook 2 earlier message(s) in orders: standard queues keep order only on a best-effort basis.',
  ],
  [
    {
      ...message,
      type: 'sqs/visibility-changed',
      by: 'worker',
      visibilityTimeout: 0,
      visibleAt: at,
    },
    'm-7 released by worker: visibility timeout set to 0, so it can be received again at once.',
  ],
  [
    {
      ...message,
      type: 'sqs/visibility-changed',
      by: 'worker',
      visibilityTimeout: 60,
      visibleAt: at + 60_000,
    },
    'm-7: worker set its visibility timeout to 1 min from now (ChangeMessageVisibility replaces the time left, it does not add to it).',
  ],
  [
    { ...message, type: 'sqs/expired', retentionSeconds: 60, ageMs: 60_000 },
    'm-7 expired in orders: it was 1 min old and the retention period is 1 min.',
  ],
  [
    { type: 'sqs/purged', at, queue: 'orders', by: 'api', messagesDeleted: 4 },
    'orders purged by api: 4 message(s) deleted.',
  ],
  [
    { type: 'sqs/throttled', at, queue: 'o.fifo', by: 'shop', action: 'SendMessage', limit: 300 },
    'SendMessage on o.fifo by shop throttled: more than 300 requests in one second (FIFO throughput limit).',
  ],
];

const received = (receiveCount: number): SqsEvent => ({
  ...message,
  type: 'sqs/received',
  by: 'worker',
  receiveCount,
  visibilityTimeout: 30,
  visibleAt: at + 30_000,
});

describe('SQS events in the event log', () => {
  it.each(sentences)('%o reads as a sentence', (event, sentence) => {
    expect(explain(event)).toBe(sentence);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
  ])('a receive counts as the %ith: "%s receive"', (count, ordinal) => {
    expect(explain(received(count))).toBe(
      `m-7 received by worker from orders (${ordinal} receive); invisible to others for 30 s.`,
    );
  });

  it('shortens only ids longer than 16 characters', () => {
    const dropped = (dedupId: string) =>
      explain({
        type: 'sqs/duplicate-dropped',
        at,
        queue: 'orders',
        by: 'shop',
        dedupId,
        originalMessageId: 'id-1',
        windowEndsAt: at + 1_000,
      });
    expect(dropped('a'.repeat(16))).toContain(`deduplication id ${'a'.repeat(16)} was`);
    expect(dropped('a'.repeat(17))).toContain(`deduplication id ${'a'.repeat(12)}… was`);
  });
});
