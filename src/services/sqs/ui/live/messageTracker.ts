import type { EngineEvent } from '../../../../engine';
import { LogFollower } from '../../../../ui/canvas/logFollower';

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
 * SQS's messages and long polls as the canvas last heard of them, rebuilt from the event log
 * (LogFollower applies each event once and starts over after a gap). Views still cap it with the
 * gauges.
 */
export class MessageTracker extends LogFollower {
  readonly byQueue = new Map<string, Map<string, TrackedMessage>>();
  readonly polls = new Map<string, WaitingPoll>();

  messages(queue: string): TrackedMessage[] {
    return [...(this.byQueue.get(queue)?.values() ?? [])];
  }

  message(queue: string, messageId: string): TrackedMessage | undefined {
    return this.byQueue.get(queue)?.get(messageId);
  }

  override apply(e: EngineEvent): void {
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
      // Updates change the tracked message in place: a fresh copy per event would only feed the
      // garbage collector (views read messages afresh each render and keep none).
      case 'sqs/delay-ended': {
        const m = this.message(e.queue, e.messageId);
        if (m !== undefined) m.state = 'visible';
        break;
      }
      case 'sqs/received': {
        this.polls.delete(`${e.queue}|${e.by}`);
        // The event tells all there is to know of a message in flight, so one sent before the
        // tracker started over (or before the log window) shows too.
        const m =
          this.message(e.queue, e.messageId) ??
          this.#put({
            messageId: e.messageId,
            n: e.n,
            queue: e.queue,
            state: 'inflight',
            receiveCount: e.receiveCount,
          });
        m.state = 'inflight';
        m.receiveCount = e.receiveCount;
        m.visibleAt = e.visibleAt;
        m.receivedAt = e.at;
        m.visibilityTimeout = e.visibilityTimeout;
        m.receivedBy = e.by;
        break;
      }
      case 'sqs/visibility-changed': {
        const m = this.message(e.queue, e.messageId);
        if (m === undefined) break;
        // [AWS ChangeMessageVisibility] a timeout of 0 makes the message visible at once.
        if (e.visibleAt <= e.at) m.state = 'visible';
        m.visibleAt = e.visibleAt;
        m.visibilityTimeout = e.visibilityTimeout;
        break;
      }
      case 'sqs/receive-retried': {
        const m = this.message(e.queue, e.messageId);
        if (m === undefined) break;
        m.state = 'inflight';
        m.visibleAt = e.visibleAt;
        m.receivedBy = e.by;
        break;
      }
      case 'sqs/visibility-expired': {
        const m = this.message(e.queue, e.messageId);
        if (m !== undefined) m.state = 'visible';
        break;
      }
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

  #put(m: TrackedMessage): TrackedMessage {
    let queue = this.byQueue.get(m.queue);
    if (queue === undefined) this.byQueue.set(m.queue, (queue = new Map()));
    queue.set(m.messageId, m);
    return m;
  }

  #remove(queue: string, id: string): void {
    this.byQueue.get(queue)?.delete(id);
  }

  protected override clear(): void {
    this.byQueue.clear();
    this.polls.clear();
  }
}
