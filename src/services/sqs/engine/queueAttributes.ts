import { sqsErrors } from './errors';
import type { QueueConfig, SqsQueue, SqsState } from './model';
import { settingApplies, settingName, turnsOn } from '../../../engine/scenario/settings';
import type { IntegerSetting, SettingSchema } from '../../../engine/scenario/settings';
import { QUEUE } from './queueSettings';
import { normalizeRedriveAllowPolicy, normalizeRedrivePolicy } from './redrivePolicy';

/** The queue's settings that are attributes (not playground behaviour), by attribute name. */
const ATTRIBUTES: readonly SettingSchema[] = Object.values(QUEUE).filter(
  (s) => s.path[0] === 'Attributes',
);

/** The same, by attribute name. */
const BY_NAME = new Map(ATTRIBUTES.map((s) => [settingName(s), s]));

/**
 * [D] API reference ranges and defaults of the numeric queue attributes (queueSettings.ts). Maps,
 * not objects: an attribute name is the caller's, and "toString" must be an unknown name.
 */
const NUMERIC = new Map<string, IntegerSetting>(
  ATTRIBUTES.flatMap((s) => (s.type === 'integer' ? [[settingName(s), s] as const] : [])),
);

const FIFO_ONLY_SCOPE_MESSAGE = new Map<string, string>([
  [
    'DeduplicationScope',
    'You can specify the DeduplicationScope only when FifoQueue is set to true.',
  ],
  [
    'FifoThroughputLimit',
    'You can specify the FifoThroughputLimit only when FifoQueue is set to true.',
  ],
]);

/** Names GetQueueAttributes knows (besides All); the computed ones cannot be set. */
export const COMPUTED_ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'QueueArn',
] as const;

export const SETTABLE_ATTRIBUTES = [
  ...NUMERIC.keys(),
  'Policy',
  'RedrivePolicy',
  'RedriveAllowPolicy',
  'KmsMasterKeyId',
  'SqsManagedSseEnabled',
  'FifoQueue',
  'ContentBasedDeduplication',
  'DeduplicationScope',
  'FifoThroughputLimit',
];

/**
 * What GetQueueAttributes shows of a new queue: every attribute with a default that applies to
 * its type (not the KMS data key period, which needs a key), by name; FIFO ones after the rest.
 */
export function defaultAttributes(fifo: boolean): Record<string, string> {
  const base = defaultsFor({ QueueName: 'standard' });
  if (!fifo) return base;
  // [D] CreateQueue: a FIFO queue is made with FifoQueue "true", which no setting edits.
  const fifoOnly = Object.entries({
    ...defaultsFor({ QueueName: 'queue.fifo' }),
    FifoQueue: 'true',
  }).filter(([name]) => !Object.hasOwn(base, name));
  return { ...base, ...sortedByName(Object.fromEntries(fifoOnly)) };
}

function defaultsFor(config: Record<string, unknown>): Record<string, string> {
  const entries = ATTRIBUTES.flatMap((s) =>
    s.type !== 'block' && s.default !== undefined && settingApplies(s, config)
      ? [[settingName(s), String(s.default)] as const]
      : [],
  );
  return sortedByName(Object.fromEntries(entries));
}

function sortedByName(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Validates attributes for CreateQueue or SetQueueAttributes and returns them normalized
 * ("" meaning "remove" kept as ""). Throws the AWS error for the first bad one; changes nothing.
 */
export function validateAttributes(
  state: SqsState,
  raw: Record<string, string>,
  target: { fifo: boolean; arn: string; current?: Record<string, string> },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    out[name] = validateOne(state, name, value, target);
  }
  if (out.KmsMasterKeyId && out.SqsManagedSseEnabled === 'true') {
    throw sqsErrors.invalidAttributeName(
      'You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.',
    );
  }
  const scope =
    out.DeduplicationScope ??
    target.current?.DeduplicationScope ??
    QUEUE.DeduplicationScope.default;
  if (out.FifoThroughputLimit === 'perMessageGroupId' && scope !== 'messageGroup') {
    throw sqsErrors.invalidAttributeValue(
      'FifoThroughputLimit',
      'perMessageGroupId is allowed only when DeduplicationScope is messageGroup.',
    );
  }
  return out;
}

function validateOne(
  state: SqsState,
  name: string,
  value: string,
  target: { fifo: boolean; arn: string },
): string {
  const numeric = NUMERIC.get(name);
  if (numeric !== undefined) {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!(n >= numeric.min && n <= numeric.max)) throw sqsErrors.invalidAttributeValue(name);
    return String(n);
  }
  switch (name) {
    case 'FifoQueue':
      if (!target.fifo) throw sqsErrors.unknownAttribute(name);
      if (value.toLowerCase() !== 'true') {
        throw sqsErrors.invalidAttributeValue(name, 'Modifying queue type is not supported.');
      }
      return 'true';
    case 'ContentBasedDeduplication':
      if (!target.fifo) throw sqsErrors.unknownAttribute(name);
      return boolean(name, value);
    case 'DeduplicationScope':
      return fifoEnum(name, value, target.fifo, QUEUE.DeduplicationScope.choices);
    case 'FifoThroughputLimit':
      return fifoEnum(name, value, target.fifo, QUEUE.FifoThroughputLimit.choices);
    case 'SqsManagedSseEnabled':
      return boolean(name, value);
    case 'KmsMasterKeyId':
      return value;
    case 'Policy':
      if (value !== '' && !isPolicyDocument(value)) throw sqsErrors.invalidAttributeValue(name);
      return value;
    case 'RedrivePolicy':
      return value === '' ? '' : normalizeRedrivePolicy(state, value, target);
    case 'RedriveAllowPolicy':
      return value === '' ? '' : normalizeRedriveAllowPolicy(state, value);
    default:
      throw sqsErrors.unknownAttribute(name);
  }
}

function boolean(name: string, value: string): string {
  const lower = value.toLowerCase();
  if (lower !== 'true' && lower !== 'false') throw sqsErrors.invalidAttributeValue(name);
  return lower;
}

function fifoEnum(name: string, value: string, fifo: boolean, allowed: readonly string[]): string {
  if (!fifo) throw sqsErrors.invalidAttributeName(FIFO_ONLY_SCOPE_MESSAGE.get(name) ?? name);
  if (!allowed.includes(value)) throw sqsErrors.invalidAttributeValue(name);
  return value;
}

/** A JSON object whose Statement, if any, is one statement object or a list of them. */
function isPolicyDocument(text: string): boolean {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isObject(parsed)) return false;
    const statement = parsed.Statement;
    if (statement === undefined || isObject(statement)) return true;
    return Array.isArray(statement) && statement.every(isObject);
  } catch {
    return false;
  }
}

/** Merges validated attributes into a queue's stored ones, with SQS's side effects. */
export function mergeAttributes(
  current: Record<string, string>,
  changes: Record<string, string>,
): Record<string, string> {
  const next = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === '' && name !== 'SqsManagedSseEnabled') delete next[name];
    else next[name] = value;
  }
  for (const [name, value] of Object.entries(changes)) turnOffExcluded(next, name, value);
  if (changes.KmsMasterKeyId)
    next.KmsDataKeyReusePeriodSeconds ??= String(QUEUE.KmsDataKeyReusePeriodSeconds.default);
  // The reuse period only shows while a KMS key is configured.
  if (!next.KmsMasterKeyId) delete next.KmsDataKeyReusePeriodSeconds;
  return next;
}

/**
 * An attribute turned on turns off the attributes its setting excludes (queueSettings.ts: one kind
 * of server-side encryption at a time): a boolean one reads "false", any other is removed.
 */
function turnOffExcluded(attributes: Record<string, string>, name: string, value: string): void {
  const setting = BY_NAME.get(name);
  if (setting === undefined || !turnsOn(setting, value)) return;
  for (const [member, excluded] of setting.excludes ?? []) {
    if (member !== 'Attributes' || excluded === undefined) continue;
    if (BY_NAME.get(excluded)?.type === 'boolean') attributes[excluded] = 'false';
    else delete attributes[excluded];
  }
}

export function deriveConfig(attributes: Record<string, string>): QueueConfig {
  const num = (name: string) => Number(attributes[name] ?? NUMERIC.get(name)?.default ?? 0);
  const redrive = attributes.RedrivePolicy;
  const config: QueueConfig = {
    visibilityTimeout: num('VisibilityTimeout'),
    delaySeconds: num('DelaySeconds'),
    retentionSeconds: num('MessageRetentionPeriod'),
    maximumMessageSize: num('MaximumMessageSize'),
    receiveWaitSeconds: num('ReceiveMessageWaitTimeSeconds'),
    contentBasedDeduplication: attributes.ContentBasedDeduplication === 'true',
    highThroughput:
      attributes.DeduplicationScope === 'messageGroup' &&
      attributes.FifoThroughputLimit === 'perMessageGroupId',
  };
  if (redrive !== undefined) {
    const parsed = JSON.parse(redrive) as { deadLetterTargetArn: string; maxReceiveCount: number };
    config.redrive = parsed;
  }
  return config;
}

/** The first attribute whose requested value differs from the queue's (CreateQueue idempotency). */
export function firstDifference(
  queue: SqsQueue,
  requested: Record<string, string>,
): string | undefined {
  const current = { ...defaultAttributes(queue.fifo), ...queue.attributes };
  return Object.keys(requested).find((name) => (current[name] ?? '') !== requested[name]);
}
