import { dequeBringForward, dequePeek, dequeShift, dequeSize } from '../../../engine/core/deque';
import type { Sim } from '../../../engine/sim';
import { billReceive } from './billing';
import { moveToDeadLetterQueue } from './deadLetter';
import type { SqsEvent } from './events';
import { becameVisible, hideUntil, refreshGroup, store, visibleCopy } from './lifecycle';
import type { ReceiveRequest, SqsMessage, SqsQueue } from './model';
import { encodeReceipt } from './receipts';
import { messagesToRetry, recordAttempt, recordRetry } from './receiveAttempts';
import { shape, systemNamesFor, type ReceivedMessage } from './receiveShape';
import { pickFromServers, sampleServers } from './shortPoll';

/**
 * One receive: pick up to MaxNumberOfMessages, dead-letter those past maxReceiveCount, hide the
 * rest for the visibility timeout with a new receipt handle each, and shape them as AWS returns.
 */
export function receive(sim: Sim, queue: SqsQueue, request: ReceiveRequest): ReceivedMessage[] {
  const redrive = queue.config.redrive;
  const systemNames = systemNamesFor(request.systemAttributeNames);
  const out: ReceivedMessage[] = [];
  const delivered: SqsMessage[] = [];
  const groups = queue.fifo ? new Set<string>() : undefined;
  const skip = queue.behavior.shortPollSkipProbability;
  const asked =
    !queue.fifo && request.waitTimeSeconds === 0 && skip > 0
      ? sampleServers(sim, queue, skip)
      : undefined;
  // FIFO: messages this receive handed out; a zero timeout leaves them visible, but not to this
  // receive. (A standard queue's go back in line only once the receive is done.)
  const taken = queue.fifo ? new Set<number>() : undefined;
  for (;;) {
    const want = Math.min(
      request.maxNumberOfMessages - out.length,
      MAX_IN_FLIGHT - queue.counts.inflight,
    );
    if (want <= 0) break;
    const picked =
      taken !== undefined
        ? pickFifo(queue, want, taken)
        : asked !== undefined
          ? pickFromServers(queue, want, asked)
          : pickStandard(sim, queue, want);
    let deadLettered = false;
    for (const message of picked) {
      if (groups !== undefined && message.groupId !== undefined) groups.add(message.groupId);
      if (redrive !== undefined && message.receiveCount >= redrive.maxReceiveCount) {
        if (moveToDeadLetterQueue(sim, queue, message, redrive)) {
          deadLettered = true;
          continue;
        }
      }
      deliver(sim, queue, message, request);
      taken?.add(message.key);
      delivered.push(message);
      out.push(shape(queue, message, request, systemNames));
    }
    // Dead letters leave room: look again for the next visible message.
    if (!deadLettered || out.length >= request.maxNumberOfMessages) break;
  }
  if (delivered.length > 0) billReceive(queue, delivered);
  // [V] VisibilityTimeout=0: the messages stay receivable at once, under their new handles.
  if (request.visibilityTimeout === 0 && !queue.fifo)
    for (const message of delivered) becameVisible(queue, message);
  if (groups !== undefined) for (const group of groups) refreshGroup(queue, group);
  if (queue.fifo && request.attemptId !== undefined && delivered.length > 0)
    recordAttempt(queue, request.attemptId, sim.now, delivered);
  return out;
}

/**
 * [D] About 120,000 messages may be in flight at once, in a standard or a FIFO queue; beyond that
 * a receive gets nothing more (a short poll on a standard queue gets OverLimit).
 */
export const MAX_IN_FLIGHT = 120_000;

/**
 * A FIFO receive retried with the ReceiveRequestAttemptId of one that succeeded: the same
 * messages and receipt handles again, hidden anew for the visibility timeout, no new receive
 * counted. Undefined when this is not such a retry.
 */
export function retryReceive(
  sim: Sim,
  queue: SqsQueue,
  request: ReceiveRequest,
): ReceivedMessage[] | undefined {
  const attemptId = request.attemptId;
  if (!queue.fifo || attemptId === undefined) return undefined;
  const messages = messagesToRetry(queue, attemptId, sim.now);
  if (messages === undefined) return undefined;
  const systemNames = systemNamesFor(request.systemAttributeNames);
  const visibleAt = sim.now + request.visibilityTimeout * 1000;
  const out = messages.map((message) => {
    hideUntil(queue, message, 'inflight', visibleAt);
    if (message.receipt !== undefined) message.receipt.timeoutSeconds = request.visibilityTimeout;
    sim.emit({
      type: 'sqs/receive-retried',
      at: sim.now,
      queue: queue.name,
      messageId: message.messageId,
      n: message.n,
      by: request.caller,
      attemptId,
      visibleAt,
    });
    return shape(queue, message, request, systemNames);
  });
  billReceive(queue, messages);
  recordRetry(queue, attemptId, messages);
  return out;
}

/** [D] Standard queues: best-effort order; with the playground's setting, sometimes reordered. */
function pickStandard(sim: Sim, queue: SqsQueue, max: number): SqsMessage[] {
  const picked: SqsMessage[] = [];
  const { reorderProbability } = queue.behavior;
  while (picked.length < max && dequeSize(queue.ready) > 0) {
    if (reorderProbability > 0 && dequeSize(queue.ready) > 1)
      maybeReorder(sim, queue, reorderProbability);
    const key = dequeShift(queue.ready) as number;
    const message = queue.messages.get(key);
    if (message === undefined) continue;
    message.inReady = false;
    if (message.state === 'visible') picked.push(message);
  }
  return picked;
}

function maybeReorder(sim: Sim, queue: SqsQueue, probability: number): void {
  const random = sim.random(`sqs:${queue.name}:order`);
  if (!random.chance(probability)) return;
  const offset = random.int(1, Math.min(dequeSize(queue.ready) - 1, 9));
  const overtaker = queue.messages.get(dequePeek(queue.ready, offset) as number);
  if (overtaker === undefined || overtaker.state !== 'visible') return;
  dequeBringForward(queue.ready, offset);
  sim.emit({
    type: 'sqs/reordered',
    at: sim.now,
    queue: queue.name,
    messageId: overtaker.messageId,
    n: overtaker.n,
    overtook: offset,
  });
}

/**
 * [D]/[V] FIFO: groups take turns in the order they became available; from each group the
 * longest run of visible messages at its head, so a group with a message in flight is blocked.
 */
function pickFifo(queue: SqsQueue, max: number, taken: ReadonlySet<number>): SqsMessage[] {
  const picked: SqsMessage[] = [];
  while (picked.length < max) {
    const groupId = dequeShift(queue.availableGroups);
    if (groupId === undefined) break;
    const group = queue.groups.get(groupId);
    // A group emptied and refilled can be listed twice; only its live listing counts.
    if (group === undefined || !group.queued) continue;
    group.queued = false;
    for (let i = 0; picked.length < max; i++) {
      const key = dequePeek(group.keys, i);
      if (key === undefined) break;
      const message = queue.messages.get(key);
      if (message === undefined) continue;
      if (message.state !== 'visible' || taken.has(key)) break;
      picked.push(message);
    }
  }
  return picked;
}

function deliver(sim: Sim, queue: SqsQueue, message: SqsMessage, request: ReceiveRequest): void {
  const now = sim.now;
  message.receiveCount++;
  message.firstReceiveAt ??= now;
  message.receipt = {
    handle: encodeReceipt(queue.key, message.key, sim.count('sqs-receipt')),
    receivedAt: now,
    timeoutSeconds: request.visibilityTimeout,
  };
  if (request.visibilityTimeout > 0)
    hideUntil(queue, message, 'inflight', now + request.visibilityTimeout * 1000);
  // A zero timeout keeps it visible; it goes back in line when the receive is done (see receive).
  else message.timerVersion++;
  queue.metrics.NumberOfMessagesReceived++;
  const event: Extract<SqsEvent, { type: 'sqs/received' }> = {
    type: 'sqs/received',
    at: now,
    queue: queue.name,
    messageId: message.messageId,
    n: message.n,
    by: request.caller,
    receiveCount: message.receiveCount,
    visibilityTimeout: request.visibilityTimeout,
    visibleAt: now + request.visibilityTimeout * 1000,
  };
  if (message.groupId !== undefined) event.groupId = message.groupId;
  sim.emit(event);
  if (!queue.fifo && queue.behavior.duplicateProbability > 0) maybeDuplicate(sim, queue, message);
}

/**
 * [D] At-least-once: "on rare occasions, one of the servers that stores a copy of a message might
 * be unavailable when you receive or delete a message", and that copy is delivered again. A
 * duplicate is therefore another delivery of the same message, not a message of its own: only an
 * original can leave one behind, and only one at a time (a new one only once the last is gone).
 * So a message never stands for more than two stored copies, however long it goes undeleted,
 * and every copy beyond the first is announced by an sqs/duplicate-delivered event.
 */
function maybeDuplicate(sim: Sim, queue: SqsQueue, message: SqsMessage): void {
  if (message.duplicate === true) return;
  if (message.duplicateKey !== undefined && queue.messages.has(message.duplicateKey)) return;
  if (!sim.random(`sqs:${queue.name}:duplicates`).chance(queue.behavior.duplicateProbability))
    return;
  const copy = visibleCopy(sim, message);
  copy.duplicate = true;
  delete copy.duplicateKey;
  message.duplicateKey = copy.key;
  store(queue, copy);
  sim.emit({
    type: 'sqs/duplicate-delivered',
    at: sim.now,
    queue: queue.name,
    messageId: message.messageId,
    n: message.n,
    copyOfReceiveCount: message.receiveCount,
  });
}
