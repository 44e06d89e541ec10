import type { SettingSchema } from '../../../../engine/scenario/settings';
import { SENDING } from '../../../../engine/actors/sendingSettings';

/**
 * A publisher's knobs, in the inspector's order: those every sender shares, and Publish's own.
 * [D] Publish: Subject under 100 characters; FIFO topics need MessageGroupId, and a
 * MessageDeduplicationId unless the topic has ContentBasedDeduplication.
 */
export const PUBLISHER = {
  MessagesPerSecond: SENDING.MessagesPerSecond,
  Arrival: SENDING.Arrival,
  BodyTemplate: SENDING.BodyTemplate,
  Subject: {
    path: ['Subject'],
    type: 'text',
    nonEmpty: true,
    maxLength: 99,
    help: 'The Subject of each Publish (email subject; Subject in the SQS envelope). None: no subject.',
  },
  MaxMessages: SENDING.MaxMessages,
  GroupIdPattern: {
    ...SENDING.GroupIdPattern,
    help: 'FIFO topics: the MessageGroupId of each message.',
  },
  Mode: SENDING.Mode,
  Value: SENDING.Value,
  Groups: SENDING.Groups,
  DeduplicationIdTemplate: SENDING.DeduplicationIdTemplate,
} as const satisfies Record<string, SettingSchema>;

export const PUBLISHER_SETTINGS: readonly SettingSchema[] = Object.values(PUBLISHER);
