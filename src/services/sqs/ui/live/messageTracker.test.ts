import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../../engine';
import { MessageTracker } from './messageTracker';
import { MAX_CHIPS, pickChips } from '../nodes/QueueChips';

const at = (events: EngineEvent[], from = 0) =>
  events.map((event, i) => ({ seq: from + i, event }));

describe('MessageTracker', () => {
  it('starts over when the log window skipped events, so no phantom messages stay behind', () => {
    const t = new MessageTracker();
    const sent = (messageId: string, n: number): EngineEvent => ({
      type: 'sqs/sent',
      at: 0,
      queue: 'q',
      messageId,
      n,
      by: 'p',
      size: 1,
      delaySeconds: 0,
    });
    t.sync(at([sent('a', 1), sent('b', 2)]), 1);
    expect(t.messages('q')).toHaveLength(2);
    // Events 2..9 (including the deletes of a and b) fell out of the window before this commit.
    t.sync(at([sent('c', 3)], 10), 1);
    expect(t.messages('q').map((m) => m.messageId)).toEqual(['c']);
  });

  it('starts over after events the worker left out, so what it holds stays small', () => {
    const t = new MessageTracker();
    const sent = (n: number): EngineEvent => ({
      type: 'sqs/sent',
      at: n,
      queue: 'q',
      messageId: `m${n}`,
      n,
      by: 'p',
      size: 1,
      delaySeconds: 0,
    });
    // Frames of a flat-out run: each brings its newest events, after a gap of left-out ones.
    t.sync(at([sent(1), sent(2)]), 1);
    const log = at([sent(1), sent(2)]).concat(at([sent(10), sent(11)], 9));
    t.sync(log, 1);
    expect(t.messages('q').map((m) => m.n)).toEqual([10, 11]);
    // A message received after the gap shows in flight even though its send was never seen.
    t.sync(
      log.concat(
        at(
          [
            {
              type: 'sqs/received',
              at: 12,
              queue: 'q',
              messageId: 'm3',
              n: 3,
              by: 'c',
              receiveCount: 1,
              visibilityTimeout: 30,
              visibleAt: 30_012,
            },
          ],
          11,
        ),
      ),
      1,
    );
    expect(t.message('q', 'm3')).toMatchObject({
      state: 'inflight',
      receivedBy: 'c',
      visibleAt: 30_012,
    });
    expect(t.messages('q')).toHaveLength(3);
  });

  it('follows a message through receive, expiry and delete, applying each event once', () => {
    const t = new MessageTracker();
    const log = at([
      {
        type: 'sqs/sent',
        at: 0,
        queue: 'q',
        messageId: 'a',
        n: 1,
        by: 'p',
        size: 1,
        delaySeconds: 5,
      },
      { type: 'sqs/delay-ended', at: 5000, queue: 'q', messageId: 'a', n: 1, delaySeconds: 5 },
      { type: 'sqs/poll-started', at: 5000, queue: 'q', by: 'c', waitSeconds: 20, until: 25_000 },
    ]);
    t.sync(log, 1);
    expect(t.message('q', 'a')?.state).toBe('visible');
    expect(t.polls.size).toBe(1);
    const more = log.concat(
      at(
        [
          {
            type: 'sqs/received',
            at: 6000,
            queue: 'q',
            messageId: 'a',
            n: 1,
            by: 'c',
            receiveCount: 1,
            visibilityTimeout: 30,
            visibleAt: 36_000,
          },
          {
            type: 'sqs/visibility-expired',
            at: 36_000,
            queue: 'q',
            messageId: 'a',
            n: 1,
            receiveCount: 1,
            visibilityTimeout: 30,
          },
        ],
        3,
      ),
    );
    t.sync(more, 1);
    t.sync(more, 1);
    expect(t.message('q', 'a')).toMatchObject({
      state: 'visible',
      receivedBy: 'c',
      receiveCount: 1,
    });
    expect(t.polls.size).toBe(0);
    t.sync(
      more.concat(
        at(
          [
            {
              type: 'sqs/deleted',
              at: 40_000,
              queue: 'q',
              messageId: 'a',
              n: 1,
              by: 'c',
              receiveCount: 2,
              inQueueMs: 1,
            },
          ],
          5,
        ),
      ),
      1,
    );
    expect(t.messages('q')).toEqual([]);
    t.sync(log, 2);
    expect(t.message('q', 'a')?.state).toBe('visible');
  });

  it('caps chips by the gauges', () => {
    const t = new MessageTracker();
    t.sync(
      at(
        Array.from(
          { length: 20 },
          (_, i) =>
            ({
              type: 'sqs/sent',
              at: i,
              queue: 'q',
              messageId: `m${i}`,
              n: i,
              by: 'p',
              size: 1,
              delaySeconds: 0,
            }) as EngineEvent,
        ),
      ),
    );
    expect(
      pickChips(t.messages('q'), { visible: 3, inflight: 0, delayed: 0 }).map((m) => m.n),
    ).toEqual([17, 18, 19]);
    expect(pickChips(t.messages('q'), { visible: 20, inflight: 0, delayed: 0 })).toHaveLength(
      MAX_CHIPS,
    );
  });
});
