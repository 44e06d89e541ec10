import { describe, expect, it } from 'vitest';
import { explain, type EngineEvent } from '../../../engine';
import { summarize, tally, type Tally } from '../../../ui/panels/announcer/announce';

const dlq: EngineEvent = {
  type: 'sqs/moved-to-dlq',
  at: 0,
  queue: 'orders',
  messageId: 'id-1',
  n: 1,
  deadLetterQueue: 'orders-dlq',
  receiveCount: 4,
  maxReceiveCount: 3,
};
const expired: EngineEvent = {
  type: 'sqs/visibility-expired',
  at: 0,
  queue: 'orders',
  messageId: 'id-2',
  n: 2,
  receiveCount: 1,
  visibilityTimeout: 30,
};
const sent: EngineEvent = {
  type: 'sqs/sent',
  at: 0,
  queue: 'orders',
  messageId: 'id-3',
  n: 3,
  by: 'p1',
  size: 1,
  delaySeconds: 0,
};

describe('announcements', () => {
  it('reads one event as its sentence and several as a count; ignores the rest', () => {
    const t: Tally = new Map();
    for (const e of [sent, dlq, expired, expired, expired]) tally(t, e, () => explain(e));
    expect(summarize(t)).toBe(
      'm-1 moved from orders to dead-letter queue orders-dlq instead of being returned: received 4 times, another receive would exceed maxReceiveCount 3. 3 visibility timeouts expired.',
    );
    expect(summarize(new Map())).toBeUndefined();
  });
});
