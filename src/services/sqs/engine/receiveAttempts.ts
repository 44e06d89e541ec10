import type { SqsMessage, SqsQueue } from './model';

/**
 * [D] FIFO ReceiveRequestAttemptId: for 5 minutes, a receive retried with the same id gets the
 * same messages and receipt handles back, as long as none of them was deleted, had its
 * visibility changed or was received again. Otherwise the retry is an ordinary receive.
 */
const ATTEMPT_WINDOW_MS = 5 * 60 * 1000;

export interface ReceiveAttempt {
  at: number;
  /** Each message as the attempt left it: its stored copy, receipt handle and timer version. */
  messages: { key: number; handle: string; timerVersion: number }[];
}

/** Records a receive made with an attempt id; its 5 minutes start now. */
export function recordAttempt(
  queue: SqsQueue,
  attemptId: string,
  now: number,
  messages: readonly SqsMessage[],
): void {
  forgetOldAttempts(queue, now);
  // Re-inserted, so the map stays in the order attempts were made.
  queue.receiveAttempts.delete(attemptId);
  queue.receiveAttempts.set(attemptId, { at: now, messages: snapshotOf(messages) });
}

/** After a retry: the messages as it left them, within the first receive's 5 minutes. */
export function recordRetry(queue: SqsQueue, attemptId: string, messages: readonly SqsMessage[]) {
  const attempt = queue.receiveAttempts.get(attemptId);
  if (attempt !== undefined) attempt.messages = snapshotOf(messages);
}

function snapshotOf(messages: readonly SqsMessage[]): ReceiveAttempt['messages'] {
  return messages.map((m) => ({
    key: m.key,
    handle: m.receipt?.handle ?? '',
    timerVersion: m.timerVersion,
  }));
}

/** The messages a retry gets again, or undefined when the attempt is unknown, old or spoiled. */
export function messagesToRetry(
  queue: SqsQueue,
  attemptId: string,
  now: number,
): SqsMessage[] | undefined {
  forgetOldAttempts(queue, now);
  const attempt = queue.receiveAttempts.get(attemptId);
  if (attempt === undefined) return undefined;
  const messages: SqsMessage[] = [];
  for (const { key, handle, timerVersion } of attempt.messages) {
    const message = queue.messages.get(key);
    const unchanged =
      message !== undefined &&
      message.state === 'inflight' &&
      message.receipt?.handle === handle &&
      message.timerVersion === timerVersion;
    if (!unchanged) return undefined;
    messages.push(message);
  }
  return messages;
}

function forgetOldAttempts(queue: SqsQueue, now: number): void {
  for (const [id, attempt] of queue.receiveAttempts) {
    if (attempt.at + ATTEMPT_WINDOW_MS > now) return;
    queue.receiveAttempts.delete(id);
  }
}
