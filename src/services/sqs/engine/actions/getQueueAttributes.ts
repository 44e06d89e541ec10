import { optionalStringList, type Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import type { SqsQueue } from '../model';
import { COMPUTED_ATTRIBUTES, SETTABLE_ATTRIBUTES } from '../queueAttributes';

const KNOWN = new Set<string>(['All', ...COMPUTED_ATTRIBUTES, ...SETTABLE_ATTRIBUTES]);

/** [V] All values are strings; no AttributeNames → no Attributes; timestamps in epoch seconds. */
export function getQueueAttributes(
  _sim: Sim,
  input: Input,
  queue: SqsQueue,
): { Attributes?: Record<string, string> } {
  const names = optionalStringList(input, 'AttributeNames') ?? [];
  const unknown = names.find((n) => !KNOWN.has(n));
  if (unknown !== undefined) throw sqsErrors.unknownAttribute(unknown);
  if (names.length === 0) return {};
  const all = allAttributes(queue);
  const wanted = names.includes('All') ? Object.keys(all) : names;
  const Attributes: Record<string, string> = {};
  for (const name of wanted.sort()) {
    const value = all[name];
    if (value !== undefined) Attributes[name] = value;
  }
  return { Attributes };
}

export function allAttributes(queue: SqsQueue): Record<string, string> {
  return {
    ...queue.attributes,
    ApproximateNumberOfMessages: String(queue.counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(queue.counts.inflight),
    ApproximateNumberOfMessagesDelayed: String(queue.counts.delayed),
    CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
    LastModifiedTimestamp: String(Math.floor(queue.lastModifiedAt / 1000)),
    QueueArn: queue.arn,
  };
}
