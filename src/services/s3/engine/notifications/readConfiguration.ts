import type { Input } from '../../../../engine/core/input';
import { utf8Length } from '../../../../engine/core/utf8';
import { s3Errors } from '../errors';
import type { DestinationKind, FilterRule, NotificationTarget } from '../model';
import { EVENT_TYPES } from './eventTypes';

/** A configuration as read, before S3 gives an Id to one that has none. */
export type ReadTarget = Omit<NotificationTarget, 'id'> & { id: string | undefined };

/** The three lists of a NotificationConfiguration, with the member naming each one's ARN. */
export const LISTS: readonly { list: string; arnMember: string; kind: DestinationKind }[] = [
  { list: 'TopicConfigurations', arnMember: 'TopicArn', kind: 'topic' },
  { list: 'QueueConfigurations', arnMember: 'QueueArn', kind: 'queue' },
  { list: 'LambdaFunctionConfigurations', arnMember: 'LambdaFunctionArn', kind: 'lambda' },
];

/** [D] S3 API Filter Value: "The maximum length is 1,024 characters" (bytes of UTF-8). */
const MAX_FILTER_BYTES = 1024;

/**
 * The configurations of a PutBucketNotificationConfiguration, each checked as S3 checks it: a
 * shape it cannot read is MalformedXML; an event type it does not know, an ARN it cannot parse or
 * in another Region, or a filter with a rule twice is InvalidArgument.
 */
export function readConfiguration(input: Input, region: string): ReadTarget[] {
  const config = input.NotificationConfiguration;
  if (!isObject(config)) throw s3Errors.malformedXml();
  const targets: ReadTarget[] = [];
  for (const { list, arnMember, kind } of LISTS) {
    const entries = config[list];
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) throw s3Errors.malformedXml();
    for (const entry of entries) targets.push(readTarget(entry, arnMember, kind, region));
  }
  return targets;
}

function readTarget(
  entry: unknown,
  arnMember: string,
  kind: DestinationKind,
  region: string,
): ReadTarget {
  if (!isObject(entry)) throw s3Errors.malformedXml();
  const arn = entry[arnMember];
  const events = entry.Events;
  const id = entry.Id;
  if (typeof arn !== 'string' || !Array.isArray(events) || events.length === 0)
    throw s3Errors.malformedXml();
  if (id !== undefined && id !== null && typeof id !== 'string') throw s3Errors.malformedXml();
  for (const event of events) {
    if (typeof event !== 'string') throw s3Errors.malformedXml();
    if (!EVENT_TYPES.has(event))
      throw s3Errors.invalidArgument('The event is not supported for notifications');
  }
  checkArn(arn, kind, region);
  return {
    kind,
    id: typeof id === 'string' && id !== '' ? id : undefined,
    arn,
    events: [...(events as string[])],
    filterRules: readFilter(entry.Filter),
  };
}

const ARN: Record<DestinationKind, RegExp> = {
  queue: /^arn:aws:sqs:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/,
  topic: /^arn:aws:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/,
  lambda: /^arn:aws:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/,
};

/** [D] A destination must be in the bucket's Region. */
function checkArn(arn: string, kind: DestinationKind, region: string): void {
  const match = ARN[kind].exec(arn);
  if (match === null) throw s3Errors.invalidArgument('The ARN could not be parsed');
  if (match[1] !== region)
    throw s3Errors.invalidArgument(
      'The notification destination service region is not valid for the bucket location constraint',
    );
}

/** Filter.Key.FilterRules: at most one prefix and one suffix, names read in any case. */
function readFilter(filter: unknown): FilterRule[] {
  if (filter === undefined || filter === null) return [];
  if (!isObject(filter)) throw s3Errors.malformedXml();
  const key = filter.Key;
  if (key === undefined || key === null) return [];
  if (!isObject(key)) throw s3Errors.malformedXml();
  const rules = key.FilterRules;
  if (rules === undefined || rules === null) return [];
  if (!Array.isArray(rules)) throw s3Errors.malformedXml();
  const out: FilterRule[] = [];
  for (const rule of rules) {
    if (!isObject(rule) || typeof rule.Name !== 'string' || typeof rule.Value !== 'string')
      throw s3Errors.malformedXml();
    const name = rule.Name.toLowerCase();
    if (name !== 'prefix' && name !== 'suffix')
      throw s3Errors.invalidArgument('filter rule name must be either prefix or suffix');
    if (out.some((r) => r.Name.toLowerCase() === name))
      throw s3Errors.invalidArgument(`Cannot specify more than one ${name} rule in a filter.`);
    if (rule.Value === '') throw s3Errors.invalidArgument('filter value cannot be empty');
    if (utf8Length(rule.Value) > MAX_FILTER_BYTES)
      throw s3Errors.invalidArgument(
        'Size of filter rule value cannot exceed 1024 bytes in UTF-8 representation',
      );
    out.push({ Name: name === 'prefix' ? 'Prefix' : 'Suffix', Value: rule.Value });
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
