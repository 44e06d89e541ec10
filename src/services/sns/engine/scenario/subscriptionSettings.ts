import type { SettingSchema } from '../../../../engine/scenario/settings';

/** A Subscribe / SetSubscriptionAttributes attribute: kept as a string under config.Attributes. */
const attribute = <S extends Omit<SettingSchema, 'path' | 'name' | 'stored'>>(name: string, s: S) =>
  ({ ...s, path: ['Attributes', name], name, stored: 'string' }) as const;

/**
 * An SQS subscription's settings (the edge from a topic to a queue), under their AWS names with
 * the API reference's defaults; `QueuePolicyAllowsTopic` and `DeadLetterQueue` are the
 * playground's, see subscriptionConfig.ts.
 */
export const SUBSCRIPTION = {
  RawMessageDelivery: attribute('RawMessageDelivery', {
    type: 'boolean',
    default: false,
    help: 'On: the queue gets the bare message; off: the SNS JSON envelope around it.',
  }),
  FilterPolicy: attribute('FilterPolicy', {
    type: 'text',
    multiline: true,
    // [D] A filter policy is at most 256 KB (checked, with the rest of AWS's rules, by SNS).
    maxLength: 262_144,
    help: 'JSON: which messages this subscription gets, e.g. {"type": ["physical"]}. None: every message.',
  }),
  FilterPolicyScope: attribute('FilterPolicyScope', {
    type: 'choice',
    choices: ['MessageAttributes', 'MessageBody'],
    default: 'MessageAttributes',
    help: 'Whether the filter policy reads the message attributes or the JSON message body.',
    when: { path: ['Attributes', 'FilterPolicy'], set: true },
  }),
  QueuePolicyAllowsTopic: {
    path: ['QueuePolicyAllowsTopic'],
    type: 'boolean',
    default: true,
    help: 'On: the queue\'s access policy gets a statement letting this topic send (sqs:SendMessage for sns.amazonaws.com, aws:SourceArn the topic), as the SQS console\'s "Subscribe to Amazon SNS topic" adds. Off: SNS is refused and every delivery fails.',
  },
  DeadLetterQueue: {
    path: ['DeadLetterQueue'],
    type: 'text',
    nonEmpty: true,
    maxLength: 80,
    help: "The QueueName of a queue on the canvas that keeps messages SNS could not deliver (the subscription's RedrivePolicy; its policy is set to let the topic send). None: they are lost.",
  },
} as const satisfies Record<string, SettingSchema>;

export const SUBSCRIPTION_SETTINGS: readonly SettingSchema[] = Object.values(SUBSCRIPTION);
