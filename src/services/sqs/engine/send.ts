import { createDeque, dequePeek, dequePush, dequeShift } from '../../../engine/core/deque';
import { uuidFromCount } from '../../../engine/core/ids';
import {
  invalidParameter,
  missingParameter,
  optionalInteger,
  optionalString,
  type Input,
} from '../../../engine/core/input';
import { utf8Length } from '../../../engine/core/utf8';
import type { Sim } from '../../../engine/sim';
import { sha256Hex } from '../../../engine/core/sha256';
import { md5OfAttributes, md5OfBody } from './digests';
import { sqsErrors } from './errors';
import type { SqsEvent } from './events';
import { store } from './lifecycle';
import { firstInvalidCharacter, validateMessageAttributes } from './messageAttributes';
import type { MessageAttributeValue, SqsMessage, SqsQueue } from './model';

/** A message that passed every check and may be stored. */
export interface PreparedMessage {
  body: string;
  attributes: Readonly<Record<string, MessageAttributeValue>>;
  systemAttributes: Readonly<Record<string, MessageAttributeValue>>;
  size: number;
  delaySeconds?: number;
  groupId?: string;
  dedupId?: string;
}

/** What enqueue stored (or, for a FIFO duplicate, the message it stands for). */
export interface Enqueued {
  messageId: string;
  sequenceNumber?: string | undefined;
  /**
   * The body's digest, kept on a stored message once a caller through the door was given it (see
   * md5OfBody). A FIFO duplicate's stand-in is a new object: its digest is that of the body sent.
   */
  md5OfBody?: string;
}

/** SendMessage's output. The digests are left out for actors (see sendResult). */
export interface SendResult {
  MessageId: string;
  MD5OfMessageBody?: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  SequenceNumber?: string;
}

const ID_PATTERN = /^[\x21-\x7E]{1,128}$/;
const DEDUP_WINDOW_MS = 5 * 60 * 1000;

/**
 * Checks one SendMessage (or batch entry) against the queue. The FIFO rules on MessageGroupId
 * and deduplication fail a whole batch, so `mode` picks the error AWS gives in each case.
 */
export function prepareMessage(
  queue: SqsQueue,
  entry: Input,
  mode: 'single' | 'batch',
): PreparedMessage {
  const body = entry.MessageBody;
  if (body === undefined || body === null || body === '') throw missingParameter('MessageBody');
  if (typeof body !== 'string') throw invalidParameter('MessageBody', body, 'Must be a string.');
  const bad = firstInvalidCharacter(body);
  if (bad !== undefined) throw sqsErrors.invalidMessageContents(bad);

  const delaySeconds = optionalInteger(entry, 'DelaySeconds');
  if (delaySeconds !== undefined) {
    if (delaySeconds < 0 || delaySeconds > 900) {
      throw invalidParameter('DelaySeconds', delaySeconds, 'DelaySeconds must be >= 0 and <= 900.');
    }
    if (queue.fifo && delaySeconds !== 0) {
      throw invalidParameter(
        'DelaySeconds',
        delaySeconds,
        'The request include parameter that is not valid for this queue type.',
      );
    }
  }
  const user = validateMessageAttributes(entry.MessageAttributes, 'user');
  const system = validateMessageAttributes(entry.MessageSystemAttributes, 'system');
  const size = utf8Length(body) + user.size;
  if (size > queue.config.maximumMessageSize) {
    const lead = mode === 'single' ? 'are invalid' : 'cannot be validated';
    throw sqsErrors.invalidParameterValue(
      `One or more parameters ${lead}. Reason: Message must be shorter than ${queue.config.maximumMessageSize} bytes.`,
    );
  }
  const { groupId, dedupId } = fifoIdentity(queue, entry, mode);
  const prepared: PreparedMessage = {
    body,
    attributes: user.attributes,
    systemAttributes: system.attributes,
    size,
  };
  if (delaySeconds !== undefined) prepared.delaySeconds = delaySeconds;
  if (groupId !== undefined) prepared.groupId = groupId;
  if (dedupId !== undefined) prepared.dedupId = dedupId;
  return prepared;
}

/**
 * MessageGroupId and MessageDeduplicationId: their pattern on any queue, and on FIFO queues the
 * requirement to have them. In a batch these failures fail the whole request.
 */
export function fifoIdentity(
  queue: SqsQueue,
  entry: Input,
  mode: 'single' | 'batch',
): { groupId?: string | undefined; dedupId?: string | undefined } {
  const groupId = optionalString(entry, 'MessageGroupId');
  const dedupId = optionalString(entry, 'MessageDeduplicationId');
  checkId('MessageGroupId', groupId);
  checkId('MessageDeduplicationId', dedupId);
  if (queue.fifo) {
    if (groupId === undefined) {
      if (mode === 'single') throw missingParameter('MessageGroupId');
      throw sqsErrors.invalidParameterValue(
        'The request must contain the parameter MessageGroupId.',
      );
    }
    if (dedupId === undefined && !queue.config.contentBasedDeduplication) {
      throw sqsErrors.invalidParameterValue(
        'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
      );
    }
  } else if (dedupId !== undefined) {
    throw invalidParameter(
      'MessageDeduplicationId',
      dedupId,
      'The request includes a parameter that is not valid for this queue type.',
    );
  }
  return groupId === undefined && dedupId === undefined ? NO_IDENTITY : { groupId, dedupId };
}

const NO_IDENTITY = Object.freeze({});

function checkId(name: string, value: string | undefined): void {
  if (value !== undefined && !ID_PATTERN.test(value)) {
    throw invalidParameter(
      name,
      value,
      `${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
    );
  }
}

/** Stores a prepared message (or, on FIFO, drops a duplicate inside the 5-minute window). */
export function enqueue(
  sim: Sim,
  queue: SqsQueue,
  prepared: PreparedMessage,
  by: string,
): Enqueued {
  let dedupId: string | undefined;
  let dedupKey = '';
  if (queue.fifo) {
    // Content-based deduplication: SHA-256 of the body (attributes not hashed).
    dedupId = prepared.dedupId ?? sha256Hex(prepared.body);
    dedupKey =
      queue.dedupScope === 'messageGroup' ? `${prepared.groupId}\u0000${dedupId}` : dedupId;
    forgetOldDedupIds(queue, sim.now);
    const original = queue.dedup.get(dedupKey);
    if (original !== undefined) {
      sim.emit({
        type: 'sqs/duplicate-dropped',
        at: sim.now,
        queue: queue.name,
        by,
        dedupId,
        originalMessageId: original.messageId,
        windowEndsAt: original.at + DEDUP_WINDOW_MS,
      });
      return { messageId: original.messageId, sequenceNumber: original.sequenceNumber };
    }
  }

  const n = sim.count('sqs-message');
  const delaySeconds = queue.fifo
    ? queue.config.delaySeconds
    : (prepared.delaySeconds ?? queue.config.delaySeconds);
  const message: SqsMessage = {
    key: sim.count('sqs-copy'),
    n,
    messageId: uuidFromCount(n, 0x51a5),
    body: prepared.body,
    attributes: prepared.attributes,
    systemAttributes: prepared.systemAttributes,
    size: prepared.size,
    sentAt: sim.now,
    enqueuedAt: sim.now,
    senderId: senderId(by),
    state: delaySeconds > 0 ? 'delayed' : 'visible',
    visibleAt: sim.now + delaySeconds * 1000,
    timerVersion: 0,
    receiveCount: 0,
  };
  if (prepared.groupId !== undefined) message.groupId = prepared.groupId;
  if (queue.fifo && dedupId !== undefined) {
    message.dedupId = dedupId;
    message.sequenceNumber = nextSequenceNumber(queue);
    queue.dedup.set(dedupKey, {
      messageId: message.messageId,
      sequenceNumber: message.sequenceNumber,
      at: sim.now,
    });
    dequePush(queue.dedupOrder, { key: dedupKey, at: sim.now });
  }
  store(queue, message);
  queue.metrics.NumberOfMessagesSent++;
  queue.metrics.SentMessageSize += message.size;
  const sent: Extract<SqsEvent, { type: 'sqs/sent' }> = {
    type: 'sqs/sent',
    at: sim.now,
    queue: queue.name,
    messageId: message.messageId,
    n,
    by,
    size: message.size,
    delaySeconds,
  };
  if (message.groupId !== undefined) sent.groupId = message.groupId;
  sim.emit(sent);
  return message;
}

/**
 * SendMessage's answer. The MD5 digests let a client check what SQS received; callers through
 * the door always get them. Actors are simulated programs that never check them, so they are
 * not computed for every message they send (a quarter of the cost of a send).
 */
export function sendResult(
  prepared: PreparedMessage,
  enqueued: Enqueued,
  withDigests: boolean,
): SendResult {
  const out: SendResult = { MessageId: enqueued.messageId };
  if (withDigests) {
    out.MD5OfMessageBody = md5OfBody(enqueued, prepared.body);
    const md5OfAttrs = md5OfAttributes(prepared.attributes);
    const md5OfSystem = md5OfAttributes(prepared.systemAttributes);
    if (md5OfAttrs !== undefined) out.MD5OfMessageAttributes = md5OfAttrs;
    if (md5OfSystem !== undefined) out.MD5OfMessageSystemAttributes = md5OfSystem;
  }
  if (enqueued.sequenceNumber !== undefined) out.SequenceNumber = enqueued.sequenceNumber;
  return out;
}

function forgetOldDedupIds(queue: SqsQueue, now: number): void {
  for (
    let head = dequePeek(queue.dedupOrder);
    head !== undefined;
    head = dequePeek(queue.dedupOrder)
  ) {
    if (head.at + DEDUP_WINDOW_MS > now) return;
    dequeShift(queue.dedupOrder);
    if (queue.dedup.get(head.key)?.at === head.at) queue.dedup.delete(head.key);
  }
}

export function clearDedup(queue: SqsQueue): void {
  queue.dedup.clear();
  queue.dedupOrder = createDeque();
}

/** FIFO SequenceNumber: 128-bit in AWS, strictly increasing per queue; 20 digits like AWS's. */
export function nextSequenceNumber(queue: SqsQueue): string {
  queue.sequence++;
  return `1${String(queue.sequence).padStart(19, '0')}`;
}

/** The IAM principal id SQS reports as SenderId (built once per sender: every message has one). */
function senderId(by: string): string {
  let id = senderIds.get(by);
  if (id === undefined) {
    id = by === 'api' ? 'AIDAPLAYGROUNDUSER0001' : `AROAPLAYGROUNDACTOR01:${by}`;
    senderIds.set(by, id);
  }
  return id;
}
const senderIds = new Map<string, string>();
