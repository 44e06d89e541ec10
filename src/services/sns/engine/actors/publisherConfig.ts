import {
  defined,
  fields,
  finish,
  problem,
  stringMap,
  text,
} from '../../../../engine/actors/config';
import type { GroupIdPattern } from '../../../../engine/actors/messageTemplate';
import { readGroupIdPattern } from '../../../../engine/actors/sendingConfig';
import {
  readChoice,
  readDecimal,
  readInteger,
  readText,
} from '../../../../engine/actors/settingReaders';
import { PUBLISHER } from './publisherSettings';

/**
 * A program publishing to one SNS topic at a rate (Publish, one message per call). Templates as
 * engine/actors/messageTemplate.ts reads them: "{n}", "{groupId}", "{cycle:a,b}".
 */
export interface PublisherConfig {
  TopicArn: string;
  MessagesPerSecond: number;
  Arrival: 'constant' | 'poisson';
  BodyTemplate: string;
  Subject?: string;
  /** String message attributes, by name; values are templates (filter policies read them). */
  MessageAttributes?: Record<string, string>;
  /** FIFO topics: the MessageGroupId of each message. */
  GroupIdPattern?: GroupIdPattern;
  /** FIFO: a template such as "order-{n}"; absent = none, relying on ContentBasedDeduplication. */
  DeduplicationIdTemplate?: string;
  MaxMessages?: number;
}

const KEYS = [
  'TopicArn',
  'MessagesPerSecond',
  'Arrival',
  'BodyTemplate',
  'Subject',
  'MessageAttributes',
  'GroupIdPattern',
  'DeduplicationIdTemplate',
  'MaxMessages',
] as const;

export function configurePublisher(raw: unknown): PublisherConfig {
  const f = fields(raw, KEYS);
  const attributes = stringMap(f, 'MessageAttributes');
  // [D] Publish: at most 10 message attributes.
  if (attributes !== undefined && Object.keys(attributes).length > 10)
    problem(f, 'MessageAttributes may have at most 10 entries (the SNS limit).');
  const p = PUBLISHER;
  const config = defined({
    TopicArn: text(f, 'TopicArn', { required: true }) ?? '',
    MessagesPerSecond: readDecimal(f, p.MessagesPerSecond),
    Arrival: readChoice(f, p.Arrival),
    BodyTemplate: readText(f, p.BodyTemplate),
    Subject: readText(f, p.Subject),
    MessageAttributes: attributes,
    GroupIdPattern: readGroupIdPattern(f),
    DeduplicationIdTemplate: readText(f, p.DeduplicationIdTemplate),
    MaxMessages: readInteger(f, p.MaxMessages),
  });
  finish(f, 'publisher');
  return config;
}
