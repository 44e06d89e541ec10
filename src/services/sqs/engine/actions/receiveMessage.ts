import {
  invalidParameter,
  optionalInteger,
  optionalString,
  optionalStringList,
  type Input,
} from '../../../../engine/core/input';
import type { PENDING } from '../../../../engine/sim';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import type { ReceiveRequest, SqsQueue } from '../model';
import { afterChange, recordEmptyReceive, startPoll } from '../polls';
import { MAX_IN_FLIGHT, receive, retryReceive } from '../receive';
import { RECEIVABLE_SYSTEM_ATTRIBUTES, type ReceivedMessage } from '../receiveShape';
import { checkThroughput } from '../throughput';

/**
 * [D]/[V] ReceiveMessage. Short polls (wait 0) answer at once, possibly empty; long polls wait up
 * to WaitTimeSeconds (default: the queue's ReceiveMessageWaitTimeSeconds) for a first message.
 * An empty answer has no Messages member.
 */
export function receiveMessage(
  sim: Sim,
  input: Input,
  queue: SqsQueue,
  replyTo: ReplyTo,
): { Messages?: ReceivedMessage[] } | typeof PENDING {
  const request = readRequest(
    input,
    queue.config.visibilityTimeout,
    queue.config.receiveWaitSeconds,
    Sim.caller(replyTo),
    Sim.external(replyTo),
  );
  checkThroughput(sim, queue, 'receive', 'ReceiveMessage', request.caller);
  if (!queue.fifo && request.waitTimeSeconds === 0 && queue.counts.inflight >= MAX_IN_FLIGHT) {
    // [D] A standard queue tells a short poll why it gets nothing; a long poll just waits.
    throw sqsErrors.overLimit(
      'Too many messages have been received without being deleted.\nPlease delete your received messages or let them timeout before receiving more.',
    );
  }
  const messages = retryReceive(sim, queue, request) ?? receive(sim, queue, request);
  if (messages.length > 0) {
    afterChange(sim, queue);
    return { Messages: messages };
  }
  if (request.waitTimeSeconds > 0) return startPoll(sim, queue, request, replyTo);
  // A standard queue's empty short poll missed its visible messages on servers it did not ask
  // (shortPoll.ts); a FIFO queue's visible messages wait behind their group's head instead.
  recordEmptyReceive(sim, queue, request.caller, 0, queue.fifo ? 0 : queue.counts.visible);
  return {};
}

function readRequest(
  input: Record<string, unknown>,
  queueTimeout: number,
  queueWait: number,
  caller: string,
  withDigests: boolean,
): ReceiveRequest {
  const max = optionalInteger(input, 'MaxNumberOfMessages') ?? 1;
  if (max < 1 || max > 10)
    throw invalidParameter('MaxNumberOfMessages', max, 'Must be between 1 and 10, if provided.');
  const wait = optionalInteger(input, 'WaitTimeSeconds') ?? queueWait;
  if (wait < 0 || wait > 20)
    throw invalidParameter('WaitTimeSeconds', wait, 'Must be >= 0 and <= 20, if provided.');
  const timeout = optionalInteger(input, 'VisibilityTimeout') ?? queueTimeout;
  if (timeout < 0 || timeout > 43_200) {
    throw invalidParameter('VisibilityTimeout', timeout, 'Must be >= 0 and <= 43200, if provided.');
  }
  // Both name system attributes (AttributeNames is the older member); most receives give neither.
  const legacyNames = optionalStringList(input, 'AttributeNames');
  const newNames = optionalStringList(input, 'MessageSystemAttributeNames');
  const systemNames =
    legacyNames === undefined && newNames === undefined
      ? []
      : [...(legacyNames ?? []), ...(newNames ?? [])];
  const unknown = systemNames.find((n) => !RECEIVABLE_SYSTEM_ATTRIBUTES.includes(n));
  if (unknown !== undefined) throw sqsErrors.unknownAttribute(unknown);
  const attemptId = optionalString(input, 'ReceiveRequestAttemptId');
  if (attemptId !== undefined && !/^[\x21-\x7E]{1,128}$/.test(attemptId)) {
    throw invalidParameter(
      'ReceiveRequestAttemptId',
      attemptId,
      'Must be 1 to 128 alphanumeric or punctuation characters.',
    );
  }
  const request: ReceiveRequest = {
    maxNumberOfMessages: max,
    visibilityTimeout: timeout,
    waitTimeSeconds: wait,
    systemAttributeNames: systemNames,
    messageAttributeNames: optionalStringList(input, 'MessageAttributeNames') ?? [],
    caller,
    withDigests,
  };
  if (attemptId !== undefined) request.attemptId = attemptId;
  return request;
}
