import { defined, fields, finish, text } from '../../../../engine/actors/config';
import {
  readSending,
  SENDING_KEYS,
  type SendingConfig,
} from '../../../../engine/actors/sendingConfig';
import { readText } from '../../../../engine/actors/settingReaders';
import { PUBLISHER } from './publisherSettings';

/**
 * A program publishing to one SNS topic at a rate (Publish, one message per call). Templates as
 * engine/actors/messageTemplate.ts reads them: "{n}", "{groupId}", "{cycle:a,b}".
 */
export interface PublisherConfig extends SendingConfig {
  TopicArn: string;
  Subject?: string;
}

const KEYS = ['TopicArn', ...SENDING_KEYS, 'Subject'] as const;

export function configurePublisher(raw: unknown): PublisherConfig {
  const f = fields(raw, KEYS);
  const shared = readSending(f, 'SNS');
  const config = defined({
    TopicArn: text(f, 'TopicArn', { required: true }) ?? '',
    MessagesPerSecond: shared.MessagesPerSecond,
    Arrival: shared.Arrival,
    BodyTemplate: shared.BodyTemplate,
    Subject: readText(f, PUBLISHER.Subject),
    MessageAttributes: shared.MessageAttributes,
    GroupIdPattern: shared.GroupIdPattern,
    DeduplicationIdTemplate: shared.DeduplicationIdTemplate,
    MaxMessages: shared.MaxMessages,
  });
  finish(f, 'publisher');
  return config;
}
