import type { EngineEvent } from '../../engine';
import type { LoggedEvent } from '../../store/simSlice';

/** A message as the canvas last heard of it, rebuilt from the event log (nothing consumed). */
export interface TrackedMessage {
  messageId: string;
  n: number;
  queue: string;
  state: 'delayed' | 'visible' | 'inflight';
  receiveCount: number;
  /** When a delayed or in-flight message becomes visible (virtual epoch ms). */
  visibleAt?: number;
  receivedAt?: number;
  visibilityTimeout?: number;
  /** The actor that received it last (kept after the visibility timeout ran out). */
  receivedBy?: string;
}

/** A long poll waiting for messages (sqs/poll-started until it is answered or runs out). */
export interface WaitingPoll {
  queue: string;
  by: string;
  since: number;
  until: number;
}

/**
 * Follows the event log incrementally (each event is applied once, by its seq), so every
 * queue node can read its messages each frame without rescanning the log. The log is a window:
 * when the worker dropped events the tracker may be stale, so views cap it with the gauges.
 */
export class MessageTracker {
  readonly byQueue = new Map<string, Map<string, TrackedMessage>>();
  readonly polls = new Map<string, WaitingPoll>();
  #lastSeq = -1;
  #runId: number | undefined;

  /** Applies the events not seen yet; starts over when a new run begins. */
  sync(events: readonly LoggedEvent[], runId = 0): void {
    const last = events[events.length - 1];
    // A gap (the log window moved past events never applied) would leave phantom messages: the
    // tracker starts over from the window, which the views cap with the gauges.
    const gap = events[0] !== undefined && events[0].seq > this.#lastSeq + 1;
    if (runId !== this.#runId || last === undefined || last.seq < this.#lastSeq || gap) {
      this.#reset();
    }
    this.#runId = runId;
    if (last === undefined || last.seq === this.#lastSeq) return;
    let i = firstAfter(events, this.#lastSeq);
    for (; i < events.length; i++) this.apply(events[i]!.event);
    this.#lastSeq = last.seq;
  }

  messages(queue: string): TrackedMessage[] {
    return [...(this.byQueue.get(queue)?.values() ?? [])];
  }

  message(queue: string, messageId: string): TrackedMessage | undefined {
    return this.byQueue.get(queue)?.get(messageId);
  }

  apply(e: EngineEvent): void {
    switch (e.type) {
      case 'sqs/sent':
        this.#put({
          messageId: e.messageId,
          n: e.n,
          queue: e.queue,
          state: e.delaySeconds > 0 ? 'delayed' : 'visible',
          receiveCount: 0,
          ...(e.delaySeconds > 0 ? { visibleAt: e.at + e.delaySeconds * 1000 } : {}),
        });
        break;
      case 'sqs/delay-ended':
        this.#update(e.queue, e.messageId, (m) => ({ ...m, state: 'visible' }));
        break;
      case 'sqs/received':
        this.polls.delete(`${e.queue}|${e.by}`);
        this.#update(e.queue, e.messageId, (m) => ({
          ...m,
          state: 'inflight',
          receiveCount: e.receiveCount,
          visibleAt: e.visibleAt,
          receivedAt: e.at,
          visibilityTimeout: e.visibilityTimeout,
          receivedBy: e.by,
        }));
        break;
      case 'sqs/visibility-changed':
        this.#update(e.queue, e.messageId, (m) => ({
          ...m,
          // [AWS ChangeMessageVisibility] a timeout of 0 makes the message visible at once.
          state: e.visibleAt <= e.at ? 'visible' : m.state,
          visibleAt: e.visibleAt,
          visibilityTimeout: e.visibilityTimeout,
        }));
        break;
      case 'sqs/receive-retried':
        this.#update(e.queue, e.messageId, (m) => ({
          ...m,
          state: 'inflight',
          visibleAt: e.visibleAt,
          receivedBy: e.by,
        }));
        break;
      case 'sqs/visibility-expired':
        this.#update(e.queue, e.messageId, (m) => ({ ...m, state: 'visible' }));
        break;
      case 'sqs/moved-to-dlq': {
        const moved = this.message(e.queue, e.messageId);
        this.#remove(e.queue, e.messageId);
        // [AWS] the message keeps its MessageId in the dead-letter queue.
        this.#put({
          messageId: e.messageId,
          n: moved?.n ?? e.n,
          queue: e.deadLetterQueue,
          state: 'visible',
          receiveCount: e.receiveCount,
        });
        break;
      }
      case 'sqs/redriven':
        this.#remove(e.queue, e.messageId);
        this.#put({
          messageId: e.newMessageId,
          n: e.n,
          queue: e.destination,
          state: 'visible',
          receiveCount: 0,
        });
        break;
      case 'sqs/deleted':
      case 'sqs/expired':
        this.#remove(e.queue, e.messageId);
        break;
      case 'sqs/purged':
      case 'sqs/queue-deleted':
        this.byQueue.delete(e.queue);
        break;
      case 'sqs/poll-started':
        this.polls.set(`${e.queue}|${e.by}`, {
          queue: e.queue,
          by: e.by,
          since: e.at,
          until: e.until,
        });
        break;
      case 'sqs/empty-receive':
        this.polls.delete(`${e.queue}|${e.by}`);
        break;
      default:
        break;
    }
  }

  #put(m: TrackedMessage): void {
    let queue = this.byQueue.get(m.queue);
    if (queue === undefined) this.byQueue.set(m.queue, (queue = new Map()));
    queue.set(m.messageId, m);
  }

  #update(queue: string, id: string, change: (m: TrackedMessage) => TrackedMessage): void {
    const m = this.byQueue.get(queue)?.get(id);
    if (m !== undefined) this.#put(change(m));
  }

  #remove(queue: string, id: string): void {
    this.byQueue.get(queue)?.delete(id);
  }

  #reset(): void {
    this.byQueue.clear();
    this.polls.clear();
    this.#lastSeq = -1;
  }
}

/** Index of the first logged event with seq > `seq` (the log is sorted by seq). */
export function firstAfter(events: readonly LoggedEvent[], seq: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
