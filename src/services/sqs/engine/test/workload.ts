import { expect } from 'vitest';
import { peek } from '../../../../engine/testing/fuzz/checks';
import { emptyKnown, learn } from '../../../../engine/testing/fuzz/known';
import { compare, Ledger } from '../../../../engine/testing/fuzz/ledger';
import type { Workload } from '../../../../engine/testing/workload';
import { followUpsOf, type SqsKnown } from './followUps';
import { nextCall, SETUP } from './workloadCalls';

/**
 * SQS's calls for the engine-wide properties, made with the door fuzzer's makers (valid-ish values
 * with edges): a program's traffic and actors on source queues and their dead-letter queues, the
 * calls its answers invite (a delete after a receive), and every action on queues of its own.
 */
export const workload: Workload<SqsKnown> = {
  service: 'sqs',
  steps: 150,
  setup: SETUP,
  shows: [
    'sqs/sent',
    'sqs/received',
    'sqs/deleted',
    'sqs/visibility-expired',
    'sqs/moved-to-dlq',
    'sqs/expired',
    'sqs/duplicate-delivered',
    'sqs/reordered',
    'sqs/purged',
    'sqs/delay-ended',
    'sqs/redriven',
  ],
  start: () => ({ ...emptyKnown(), followUps: [] }),
  learn(known, { action, input, outcome }) {
    if (outcome?.ok !== true) return;
    const given = input as Record<string, unknown>;
    learn(known, action, given, outcome.value);
    known.followUps = [...known.followUps, ...followUpsOf(action, given, outcome.value)].slice(-20);
  },
  next: nextCall,
  pause: (random) =>
    random.chance(0.7)
      ? 0
      : random.weighted([
          [6, random.int(0, 2_000)],
          [3, random.int(0, 20_000)],
          [1, random.int(0, 120_000)],
        ]),
  /** Every message sent is stored exactly once where the log says (or deleted, expired, purged). */
  async check(world) {
    const ledger = new Ledger();
    for (const event of world.log) ledger.apply(event);
    const problems = [...ledger.problems];
    for (const [name, g] of Object.entries(world.gauges().sqs)) {
      const stored = (await peek(world.engine, name)) ?? [];
      problems.push(
        ...compare(
          name,
          ledger.expected(name),
          stored.map((m) => m.MessageId),
        ),
      );
      const counted =
        g.ApproximateNumberOfMessagesVisible +
        g.ApproximateNumberOfMessagesNotVisible +
        g.ApproximateNumberOfMessagesDelayed;
      if (counted !== stored.length)
        problems.push(`${name}: its gauges count ${counted} messages, it holds ${stored.length}`);
    }
    expect(problems).toEqual([]);
  },
};
