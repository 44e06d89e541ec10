import { sha256Hex } from '../../../engine/core/sha256';
import type { Input } from '../../../engine/core/input';
import { invalid } from './errors';
import type { DedupEntry, SnsTopic } from './model';
import { optionalString } from './snsInput';

/** [D] MessageGroupId / MessageDeduplicationId: 1–128 alphanumeric or punctuation characters. */
const ID = /^[\x21-\x7E]{1,128}$/;
/** [D] SNS-DG fifo-message-dedup: a deduplication id is remembered for 5 minutes. */
export const DEDUP_WINDOW_MS = 5 * 60 * 1000;

/**
 * [V] The FIFO rules of one message: a FIFO topic needs a MessageGroupId, and a
 * MessageDeduplicationId unless ContentBasedDeduplication is on (then SHA-256 of the message,
 * attributes excluded); a standard topic refuses a MessageDeduplicationId but takes a
 * MessageGroupId (forwarded to standard queues).
 */
export function fifoIds(
  topic: SnsTopic,
  entry: Input,
  message: string,
): { groupId?: string; dedupId?: string } {
  const groupId = optionalString(entry, 'MessageGroupId');
  const given = optionalString(entry, 'MessageDeduplicationId');
  for (const [name, value] of [
    ['MessageGroupId', groupId],
    ['MessageDeduplicationId', given],
  ] as const)
    if (value !== undefined && !ID.test(value))
      throw invalid(
        `${name} Reason: ${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
      );
  if (!topic.fifo) {
    if (given !== undefined)
      throw invalid(
        'MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
      );
    return groupId === undefined ? {} : { groupId };
  }
  if (groupId === undefined)
    throw invalid('The MessageGroupId parameter is required for FIFO topics');
  if (given === undefined && topic.attributes.get('ContentBasedDeduplication') !== 'true')
    throw invalid(
      'The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
  return { groupId, dedupId: given ?? sha256Hex(message) };
}

/**
 * The deduplication key: topic-wide, or per message group with FifoThroughputScope
 * MessageGroup ([D] BOTO).
 */
export function dedupKey(topic: SnsTopic, groupId: string, dedupId: string): string {
  return topic.attributes.get('FifoThroughputScope') === 'MessageGroup'
    ? `${groupId}\u0000${dedupId}`
    : dedupId;
}

/** The publish this one repeats within 5 minutes, if any (forgetting older ones on the way). */
export function duplicateOf(topic: SnsTopic, key: string, now: number): DedupEntry | undefined {
  // Entries are kept in the order they were made: the oldest come first.
  for (const [k, entry] of topic.dedup) {
    if (entry.at + DEDUP_WINDOW_MS > now) break;
    topic.dedup.delete(k);
  }
  return topic.dedup.get(key);
}

/** [V] FIFO topics number their messages: 20 digits, increasing per topic. */
export function nextSequenceNumber(topic: SnsTopic): string {
  topic.sequence++;
  return `1${String(topic.sequence).padStart(19, '0')}`;
}
