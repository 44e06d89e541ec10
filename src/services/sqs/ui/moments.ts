import type { Moment } from '../../../ui/plugins/plugin';

/** What a screen reader hears of a run: messages given up on, timeouts, throttling, crashes. */
export const SQS_MOMENTS: readonly Moment[] = [
  { type: 'sqs/moved-to-dlq', plural: (n) => `${n} messages moved to a dead-letter queue` },
  { type: 'sqs/visibility-expired', plural: (n) => `${n} visibility timeouts expired` },
  { type: 'sqs/throttled', plural: (n) => `${n} requests throttled` },
  { type: 'actor/crashed', plural: (n) => `${n} consumers crashed` },
];
