import type { SettingSchema } from '../scenario/settings';

const inGroups = { path: ['GroupIdPattern'], set: true } as const;

/**
 * The knobs every sending program shares (an SQS producer, an SNS publisher), as settings
 * entries: their kinds list them among their own. [D] SQS and SNS both take messages up to
 * 256 KiB, and MessageGroupId and MessageDeduplicationId up to 128 characters.
 */
export const SENDING = {
  MessagesPerSecond: {
    path: ['MessagesPerSecond'],
    type: 'decimal',
    min: 0,
    above: true,
    max: 10_000,
    default: 1,
    help: 'Average send rate.',
  },
  Arrival: {
    path: ['Arrival'],
    type: 'choice',
    choices: ['constant', 'poisson'],
    default: 'constant',
    help: 'Evenly spaced, or random gaps with the same mean.',
  },
  BodyTemplate: {
    path: ['BodyTemplate'],
    type: 'text',
    maxLength: 262_144,
    multiline: true,
    default: 'message {n}',
    help: 'Message body; {n} is 1, 2, …; {groupId} the group; {cycle:a,b} takes a, b in turn.',
  },
  MaxMessages: {
    path: ['MaxMessages'],
    type: 'integer',
    min: 1,
    max: 100_000_000,
    help: 'Stop after this many; none: never stop.',
  },
  GroupIdPattern: {
    path: ['GroupIdPattern'],
    type: 'block',
    help: 'FIFO: the MessageGroupId of each message.',
  },
  Mode: {
    path: ['GroupIdPattern', 'Mode'],
    type: 'choice',
    choices: ['fixed', 'round-robin', 'random'],
    default: 'fixed',
    help: 'One group, or spread over Groups groups (group-1 … group-K).',
    when: inGroups,
  },
  Value: {
    path: ['GroupIdPattern', 'Value'],
    type: 'text',
    nonEmpty: true,
    maxLength: 128,
    default: 'group-1',
    help: 'The fixed group id.',
    when: inGroups,
  },
  Groups: {
    path: ['GroupIdPattern', 'Groups'],
    type: 'integer',
    min: 1,
    max: 10_000,
    default: 3,
    help: 'How many groups to spread over.',
    when: inGroups,
  },
  DeduplicationIdTemplate: {
    path: ['DeduplicationIdTemplate'],
    type: 'text',
    nonEmpty: true,
    maxLength: 128,
    help: 'FIFO: e.g. order-{n}; none relies on ContentBasedDeduplication.',
  },
} as const satisfies Record<string, SettingSchema>;
