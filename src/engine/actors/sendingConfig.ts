import { defined, nested, problem, stringMap, type Fields } from './config';
import type { GroupIdPattern } from './messageTemplate';
import { readChoice, readDecimal, readInteger, readText } from './settingReaders';
import { SENDING } from './sendingSettings';

/** A sender's GroupIdPattern block, read by its settings entries (absent: no group ids). */
export function readGroupIdPattern(f: Fields): GroupIdPattern | undefined {
  const group = nested(f, 'GroupIdPattern', ['Mode', 'Value', 'Groups']);
  if (group === undefined) return undefined;
  return {
    Mode: readChoice(group, SENDING.Mode),
    Value: readText(group, SENDING.Value),
    Groups: readInteger(group, SENDING.Groups),
  };
}

/** The members every sender's config shares (see SENDING), as its configure reads them. */
export interface SendingConfig {
  MessagesPerSecond: number;
  /** constant: evenly spaced; poisson: random gaps with the same mean (independent arrivals). */
  Arrival: 'constant' | 'poisson';
  BodyTemplate: string;
  /** String message attributes, by name; values are templates (filter policies read them). */
  MessageAttributes?: Record<string, string>;
  /** FIFO: fixed (Value), round-robin or random over Groups groups named group-1 … group-K. */
  GroupIdPattern?: GroupIdPattern;
  /** FIFO: a template such as "order-{n}"; absent = none, relying on ContentBasedDeduplication. */
  DeduplicationIdTemplate?: string;
  /** Stop after this many messages. */
  MaxMessages?: number;
}

export const SENDING_KEYS = [
  'MessagesPerSecond',
  'Arrival',
  'BodyTemplate',
  'MessageAttributes',
  'GroupIdPattern',
  'DeduplicationIdTemplate',
  'MaxMessages',
] as const;

/** The shared members; `service` ("SQS", "SNS") is whose limit of 10 message attributes applies. */
export function readSending(f: Fields, service: string): SendingConfig {
  const attributes = stringMap(f, 'MessageAttributes');
  if (attributes !== undefined && Object.keys(attributes).length > 10)
    problem(f, `MessageAttributes may have at most 10 entries (the ${service} limit).`);
  return defined({
    MessagesPerSecond: readDecimal(f, SENDING.MessagesPerSecond),
    Arrival: readChoice(f, SENDING.Arrival),
    BodyTemplate: readText(f, SENDING.BodyTemplate),
    MessageAttributes: attributes,
    GroupIdPattern: readGroupIdPattern(f),
    DeduplicationIdTemplate: readText(f, SENDING.DeduplicationIdTemplate),
    MaxMessages: readInteger(f, SENDING.MaxMessages),
  });
}
