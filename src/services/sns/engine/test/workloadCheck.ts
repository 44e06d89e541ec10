import { expect } from 'vitest';
import type { EngineEvent } from '../../../../engine';
import { peek } from '../../../../engine/testing/fuzz/checks';
import type { TestWorld } from '../../../../engine/testing/testWorld';
import { DELIVERY_DELAY_MS } from '../delivery/fanOut';

type Event<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;

/** How one delivery of a notification to one subscription ends (a failure that retries does not). */
const ENDINGS = new Set([
  'sns/filtered-out',
  'sns/delivered',
  'sns/moved-to-dlq',
  'sns/message-lost',
  'sns/delivery-cancelled',
]);

/**
 * The SNS workload's invariant: every delivery a publish scheduled ends at most once, and once due
 * (no retry pending) exactly once: filtered out, delivered, moved to the dead-letter queue, lost
 * (counted failed) or cancelled. Every queue holds exactly the SQS messages the deliveries made,
 * none twice; the topics' CloudWatch counts agree with the log.
 */
export async function checkDeliveries(world: TestWorld): Promise<void> {
  const problems: string[] = [];
  const scheduled = new Map<number, Event<'sns/published'>>();
  const ended = new Map<number, string[]>();
  const retrying = new Map<number, number>();
  const inQueue = new Map<string, string[]>();
  for (const e of world.log) {
    if (e.type === 'sns/published') scheduled.set(e.n, e);
    if (e.type === 'sns/delivery-failed' && e.retryAt !== undefined)
      retrying.set(e.n, Math.max(retrying.get(e.n) ?? 0, e.retryAt));
    if (!ENDINGS.has(e.type)) continue;
    const { n, subscription } = e as Event<'sns/delivered'>;
    ended.set(n, [...(ended.get(n) ?? []), subscription]);
    if (e.type === 'sns/delivered' && e.sqsMessageId !== undefined)
      inQueue.set(e.queue ?? '', [...(inQueue.get(e.queue ?? '') ?? []), e.sqsMessageId]);
    if (e.type === 'sns/moved-to-dlq')
      inQueue.set(e.deadLetterQueue, [...(inQueue.get(e.deadLetterQueue) ?? []), `n-${n}`]);
  }
  for (const [n, published] of scheduled) {
    const ends = ended.get(n) ?? [];
    if (new Set(ends).size !== ends.length) problems.push(`n-${n}: a delivery ended twice`);
    const due =
      published.at + DELIVERY_DELAY_MS.max <= world.now && (retrying.get(n) ?? 0) < world.now;
    if (ends.length > published.subscriptions || (due && ends.length < published.subscriptions))
      problems.push(`n-${n}: ${published.subscriptions} deliveries, ${ends.length} ended`);
  }
  for (const [queue, made] of inQueue) {
    const held = (await peek(world.engine, queueUrl(queue))) ?? [];
    // The dead-letter queue's messages are counted: the event names no SQS message.
    const expected = queue === 'dlq' ? made.length : [...made].sort();
    const found = queue === 'dlq' ? held.length : held.map((m) => m.MessageId).sort();
    if (JSON.stringify(found) !== JSON.stringify(expected))
      problems.push(`${queue}: holds ${JSON.stringify(found)}, sent ${JSON.stringify(expected)}`);
  }
  problems.push(...gaugeProblems(world));
  expect(problems).toEqual([]);
}

const queueUrl = (name: string) => `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`;

/** Delivered and filtered-out counts per topic, from the log since the topic was (re)made. */
function gaugeProblems(world: TestWorld): string[] {
  const counted = new Map<string, { delivered: number; filtered: number }>();
  for (const e of world.log) {
    if (e.type === 'sns/topic-created') counted.set(e.topic, { delivered: 0, filtered: 0 });
    const tally = 'topic' in e ? counted.get(e.topic) : undefined;
    if (tally === undefined) continue;
    if (e.type === 'sns/delivered') tally.delivered++;
    if (e.type === 'sns/filtered-out') tally.filtered++;
  }
  const problems: string[] = [];
  for (const [topic, g] of Object.entries(world.gauges().sns)) {
    const filtered =
      g.NumberOfNotificationsFilteredOut +
      g['NumberOfNotificationsFilteredOut-NoMessageAttributes'] +
      g['NumberOfNotificationsFilteredOut-InvalidAttributes'] +
      g['NumberOfNotificationsFilteredOut-InvalidMessageBody'];
    const shown = { delivered: g.NumberOfNotificationsDelivered, filtered };
    const logged = counted.get(topic);
    if (JSON.stringify(shown) !== JSON.stringify(logged))
      problems.push(`${topic}: gauges ${JSON.stringify(shown)}, log ${JSON.stringify(logged)}`);
  }
  return problems;
}
