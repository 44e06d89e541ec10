import type { Input } from '../../../engine/core/input';
import { utf8Length } from '../../../engine/core/utf8';
import { invalid, snsErrors } from './errors';
import { fifoIds } from './fifo';
import { readJson } from './jsonText';
import { readMessageAttributes } from './messageAttributes';
import type { SnsAttributes, SnsTopic } from './model';
import { optionalString } from './snsInput';

/** [D] A message with its attributes (names, types, values) may be 262,144 bytes (256 KiB). */
export const MAX_PUBLISH_BYTES = 262_144;

// eslint-disable-next-line no-control-regex -- the refused set is the control characters
const CONTROL = /[\x00-\x1f\x7f]/;

/** One message that passed every check of Publish (or of one PublishBatch entry). */
export interface PreparedNotification {
  message: string;
  structure?: Record<string, string>;
  subject?: string;
  attributes: SnsAttributes;
  size: number;
  groupId?: string;
  dedupId?: string;
}

/** [V] The message and subject rules, before the target is looked at. */
export function readMessage(
  entry: Input,
  position?: number,
): { message: string; subject?: string } {
  const subject = optionalString(entry, 'Subject');
  // [D] Subject: under 100 characters, no line breaks or control characters; [V] "" refused.
  if (subject !== undefined && (subject === '' || subject.length >= 100 || CONTROL.test(subject)))
    throw invalid('Subject');
  const message = entry.Message;
  if (message === undefined || message === null)
    throw snsErrors.validation(
      position === undefined ? 'message' : `publishBatchRequestEntries.${position}.member.message`,
    );
  if (typeof message !== 'string') throw invalid('Message');
  if (message === '') throw invalid('Empty message');
  return subject === undefined ? { message } : { message, subject };
}

/**
 * Checks one message for a topic: attributes, size ([V] "Message too long" for Publish; a batch
 * counts its total), MessageStructure=json ([V] a string "default" member), then the FIFO rules.
 */
export function prepareEntry(
  topic: SnsTopic,
  entry: Input,
  position?: number,
): PreparedNotification {
  const { message, subject } = readMessage(entry, position);
  const { attributes, size: attributesSize } = readMessageAttributes(
    entry.MessageAttributes,
    position,
  );
  const size = utf8Length(message) + attributesSize;
  if (position === undefined && size > MAX_PUBLISH_BYTES) throw invalid('Message too long');
  const prepared: PreparedNotification = { message, attributes, size };
  const structure = optionalString(entry, 'MessageStructure');
  if (structure !== undefined) {
    if (structure !== 'json') throw invalid('MessageStructure');
    prepared.structure = readStructure(message);
  }
  if (subject !== undefined) prepared.subject = subject;
  Object.assign(prepared, fifoIds(topic, entry, message));
  return prepared;
}

/**
 * [V] MessageStructure=json: a JSON object whose string members are the messages per protocol;
 * members that are not strings are ignored, so a "default" that is not a string is missing.
 */
function readStructure(message: string): Record<string, string> {
  const reading = readJson(message);
  if (!reading.ok) throw invalid('Message Structure - JSON message body failed to parse');
  const parsed = reading.value;
  const out = Object.create(null) as Record<string, string>;
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>))
      if (typeof value === 'string') out[key] = value;
  if (out.default === undefined)
    throw invalid('Message Structure - No default entry in JSON message body');
  return out;
}
