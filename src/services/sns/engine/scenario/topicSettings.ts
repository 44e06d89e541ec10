import type { SettingSchema } from '../../../../engine/scenario/settings';

/** [D] CreateTopic: a FIFO topic's name ends in ".fifo" (and FifoTopic is "true"). */
const FIFO = { path: ['TopicName'], endsWith: '.fifo' } as const;
const STANDARD = { ...FIFO, not: true } as const;

/** A CreateTopic / SetTopicAttributes attribute: kept as a string under config.Attributes. */
const attribute = <S extends Omit<SettingSchema, 'path' | 'name' | 'stored'>>(name: string, s: S) =>
  ({ ...s, path: ['Attributes', name], name, stored: 'string' }) as const;

const topicName = (help: string, when: typeof FIFO | typeof STANDARD) =>
  ({ path: ['TopicName'], type: 'text', readOnly: true, help, when }) as const;

/**
 * A topic's settings in the order of the SNS console; values and defaults from the API
 * reference (CreateTopic, SetTopicAttributes). The scenario check and the loader read them here.
 */
export const TOPIC = {
  FifoTopic: attribute('FifoTopic', {
    type: 'boolean',
    // Shown for FIFO names only, where it is always "true": FifoTopic follows the name.
    default: true,
    readOnly: true,
    help: 'Fixed when the topic is made: a FIFO topic keeps order per message group and drops duplicates.',
    when: FIFO,
  }),
  ContentBasedDeduplication: attribute('ContentBasedDeduplication', {
    type: 'boolean',
    default: false,
    help: 'Use a SHA-256 hash of the message as the deduplication ID (5-minute window).',
    when: FIFO,
  }),
  FifoThroughputScope: attribute('FifoThroughputScope', {
    type: 'choice',
    choices: ['Topic', 'MessageGroup'],
    default: 'Topic',
    help: 'Topic: 300 publishes/s for the topic; MessageGroup: per message group.',
    when: FIFO,
  }),
  DisplayName: attribute('DisplayName', {
    type: 'text',
    // [D] CreateTopic: "the display name ... can be up to 100 characters" (the SMS sender name).
    maxLength: 100,
    default: '',
    help: 'The name SMS and email subscribers see as the sender.',
  }),
} as const satisfies Record<string, SettingSchema>;

export const TOPIC_SETTINGS: readonly SettingSchema[] = [
  topicName('FIFO topic (the name ends in .fifo).', FIFO),
  topicName('Standard topic.', STANDARD),
  ...Object.values(TOPIC),
];

/** The attributes a topic node may set (FifoTopic follows the name). */
export const TOPIC_ATTRIBUTES: ReadonlySet<string> = new Set(Object.keys(TOPIC));
