/**
 * Where a scenario names a queue outside its edges: a producer's ReplyTo attribute, a
 * RedrivePolicy's deadLetterTargetArn, a RedriveAllowPolicy's sourceQueueArns, a queue policy's
 * Resource, a script step's QueueUrl or SourceArn. Each holds the name bare, as an ARN or as a
 * URL, sometimes inside a JSON string (policies are strings in SQS).
 */

/** The world's own region and account (src/services/sqs/engine/model.ts): only its queues follow. */
const OWN_ARN = 'arn:aws:sqs:us-east-1:123456789012:';
const OWN_URL = /^(https?:\/\/[^/]+\/123456789012\/)(.+)$/;

/**
 * `value` with every reference to the queue `from` pointing at `to`. Unchanged parts are the same
 * objects, so a value with no reference comes back as it was (and JSON strings keep their form).
 */
export function renameQueueReferences<T>(value: T, from: string, to: string): T {
  return rename(value, from, to) as T;
}

function rename(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return renameString(value, from, to);
  if (Array.isArray(value)) {
    const next = value.map((item) => rename(item, from, to));
    return next.some((item, i) => item !== value[i]) ? next : value;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const next = entries.map(([k, v]) => [k, rename(v, from, to)] as const);
    return next.some(([, v], i) => v !== entries[i]?.[1]) ? Object.fromEntries(next) : value;
  }
  return value;
}

function renameString(text: string, from: string, to: string): string {
  if (text === from) return to;
  if (text === `${OWN_ARN}${from}`) return `${OWN_ARN}${to}`;
  const url = OWN_URL.exec(text);
  if (url?.[2] === from) return `${url[1]}${to}`;
  if (!/^\s*[[{]/.test(text)) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text; // text that only looks like JSON is not a reference
  }
  const renamed = rename(parsed, from, to);
  return renamed === parsed ? text : JSON.stringify(renamed);
}
