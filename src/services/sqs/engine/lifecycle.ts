import {
  dequePeek,
  dequePush,
  dequeShift,
  dequeSize,
  createDeque,
} from '../../../engine/core/deque';
import {
  deadlineCount,
  dropFirst,
  firstAt,
  firstKey,
  firstVersion,
  keepDeadlines,
  pushDeadline,
} from '../../../engine/core/deadlines';
import { Priority } from '../../../engine/core/scheduler';
import type { Sim } from '../../../engine/sim';
import type { MessageState, SqsMessage, SqsQueue } from './model';

/**
 * How a stored message moves between delayed, visible and in flight, and the one timer per queue
 * that moves it when its time comes. Every change goes through here so the counts stay exact.
 */
export function store(queue: SqsQueue, message: SqsMessage): void {
  queue.messages.set(message.key, message);
  queue.counts[message.state]++;
  pushDeadline(queue.retention, message.enqueuedAt, message.key, 0);
  if (message.groupId !== undefined && queue.fifo) {
    let group = queue.groups.get(message.groupId);
    if (group === undefined) {
      group = { keys: createDeque(), queued: false };
      queue.groups.set(message.groupId, group);
    }
    dequePush(group.keys, message.key);
  }
  if (message.state === 'visible') becameVisible(queue, message);
  else startTimer(queue, message);
}

/** A new stored copy of a message, visible now and not yet received under this copy. */
export function visibleCopy(sim: Sim, message: SqsMessage): SqsMessage {
  const copy: SqsMessage = {
    ...message,
    key: sim.count('sqs-copy'),
    state: 'visible',
    visibleAt: sim.now,
    timerVersion: 0,
  };
  delete copy.receipt;
  delete copy.inReady;
  return copy;
}

export function setState(queue: SqsQueue, message: SqsMessage, state: MessageState): void {
  queue.counts[message.state]--;
  queue.counts[state]++;
  message.state = state;
}

/** Puts a message where receivers find it: the ready line, or its group's turn. */
export function becameVisible(queue: SqsQueue, message: SqsMessage): void {
  if (queue.fifo) refreshGroup(queue, message.groupId ?? '');
  else if (message.inReady !== true) {
    message.inReady = true;
    dequePush(queue.ready, message.key);
  }
}

export function makeVisible(queue: SqsQueue, message: SqsMessage): void {
  message.timerVersion++;
  setState(queue, message, 'visible');
  becameVisible(queue, message);
}

/** Hides a message (delay or visibility timeout) until `at`. */
export function hideUntil(
  queue: SqsQueue,
  message: SqsMessage,
  state: MessageState,
  at: number,
): void {
  setState(queue, message, state);
  message.visibleAt = at;
  message.timerVersion++;
  startTimer(queue, message);
}

function startTimer(queue: SqsQueue, message: SqsMessage): void {
  pushDeadline(queue.timers, message.visibleAt, message.key, message.timerVersion);
}

export function remove(queue: SqsQueue, message: SqsMessage): void {
  queue.messages.delete(message.key);
  queue.counts[message.state]--;
  // Its timers need no cancelling: they look it up by key, and a key is never stored again.
  if (queue.fifo && message.groupId !== undefined) refreshGroup(queue, message.groupId);
  compactRetention(queue);
}

/**
 * A FIFO group may be served when the first message it still holds is visible; then it joins the
 * back of the line of groups. Deleted messages at its head are dropped here.
 */
export function refreshGroup(queue: SqsQueue, groupId: string): void {
  const group = queue.groups.get(groupId);
  if (group === undefined) return;
  let head = dequePeek(group.keys);
  while (head !== undefined && !queue.messages.has(head)) {
    dequeShift(group.keys);
    head = dequePeek(group.keys);
  }
  if (head === undefined) {
    queue.groups.delete(groupId);
    return;
  }
  if (!group.queued && queue.messages.get(head)?.state === 'visible') {
    group.queued = true;
    dequePush(queue.availableGroups, groupId);
  }
}

/**
 * Entries of deleted messages wait in the retention line: shed those at its head, and rebuild it
 * when stale ones behind a long-lived message dominate.
 */
function compactRetention(queue: SqsQueue): void {
  const retention = queue.retention;
  while (deadlineCount(retention) > 0 && !queue.messages.has(firstKey(retention)))
    dropFirst(retention);
  const size = deadlineCount(retention);
  if (size < 1024 || size < 2 * queue.messages.size) return;
  keepDeadlines(retention, (key) => queue.messages.has(key));
}

/**
 * When the longest-stored message was enqueued; undefined when none is stored. The retention
 * line's head is always a stored message: every removal sheds stale entries from the head.
 */
export function oldestEnqueuedAt(queue: SqsQueue): number | undefined {
  const retention = queue.retention;
  return deadlineCount(retention) > 0 ? firstAt(retention) : undefined;
}

/** Schedules the queue's next wake at its earliest timer or retention deadline. */
export function scheduleWake(sim: Sim, queue: SqsQueue): void {
  const timer = firstAt(queue.timers);
  const expiry = firstAt(queue.retention) + queue.config.retentionSeconds * 1000;
  const next = Math.max(Math.min(timer, expiry), sim.now);
  if (next === Infinity) return;
  if (queue.wakeAt !== undefined && queue.wakeAt <= next && queue.wakeAt >= sim.now) return;
  queue.wakeAt = next;
  sim.schedule(next, Priority.timer, { kind: 'sqs/wake', queue: queue.key, at: next });
}

/**
 * Wakes the queue at the current instant, as a task of its own: whatever arrived is served after
 * the current action finishes (no recursion between queues that feed each other).
 */
export function wakeSoon(sim: Sim, queue: SqsQueue): void {
  queue.wakeAt = sim.now;
  sim.schedule(sim.now, Priority.timer, { kind: 'sqs/wake', queue: queue.key, at: sim.now });
}

/** Runs the timers that are due: delays end, visibility timeouts run out, retention expires. */
export function wake(sim: Sim, queue: SqsQueue): void {
  const now = sim.now;
  const timers = queue.timers;
  while (firstAt(timers) <= now) {
    const message = queue.messages.get(firstKey(timers));
    const version = firstVersion(timers);
    dropFirst(timers);
    if (message === undefined || message.timerVersion !== version) continue;
    if (message.state === 'delayed') {
      sim.emit({
        type: 'sqs/delay-ended',
        at: now,
        queue: queue.name,
        messageId: message.messageId,
        n: message.n,
        delaySeconds: Math.round((now - message.sentAt) / 1000),
      });
    } else {
      // In flight: a visible message has no live timer (making it visible bumped the version).
      sim.emit({
        type: 'sqs/visibility-expired',
        at: now,
        queue: queue.name,
        messageId: message.messageId,
        n: message.n,
        receiveCount: message.receiveCount,
        visibilityTimeout: message.receipt?.timeoutSeconds ?? queue.config.visibilityTimeout,
      });
    }
    makeVisible(queue, message);
  }
  expireRetained(sim, queue);
}

function expireRetained(sim: Sim, queue: SqsQueue): void {
  const retentionMs = queue.config.retentionSeconds * 1000;
  const retention = queue.retention;
  while (firstAt(retention) + retentionMs <= sim.now) {
    const message = queue.messages.get(firstKey(retention));
    dropFirst(retention);
    if (message === undefined) continue;
    remove(queue, message);
    sim.emit({
      type: 'sqs/expired',
      at: sim.now,
      queue: queue.name,
      messageId: message.messageId,
      n: message.n,
      retentionSeconds: queue.config.retentionSeconds,
      ageMs: sim.now - message.enqueuedAt,
    });
  }
}

/** Whether anything could be received right now (FIFO: a group whose turn it is). */
export function hasReceivable(queue: SqsQueue): boolean {
  return queue.fifo ? dequeSize(queue.availableGroups) > 0 : queue.counts.visible > 0;
}
