import type { EngineEvent } from '../engine';
import { isNarration } from '../protocol/messages';

/**
 * Events waiting to be posted, and the frames the main thread has not acknowledged yet.
 *
 * Backpressure: at most `maxInFlight` frames (the host says how many) are posted and not yet
 * acknowledged. While the main thread is behind, events keep accumulating here up to
 * `maxEvents`; beyond that the oldest are left out and counted (their effects still show in the
 * gauges), so memory stays bounded and the newest events, the ones the canvas animates, survive.
 * Narration events are also kept aside, uncapped: the story is never left out.
 */
export class Batcher {
  #events: EngineEvent[] = [];
  #narration: EngineEvent[] = [];
  #dropped = 0;
  #lastFrame = 0;
  #lastAcked = 0;

  constructor(private readonly maxEvents: number) {}

  add(events: EngineEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) {
      this.#events.push(event);
      if (isNarration(event)) this.#narration.push(event);
    }
    const excess = this.#events.length - this.maxEvents;
    if (excess > 0) {
      this.#dropped += excess;
      this.#events = this.#events.slice(excess);
    }
  }

  get pending(): number {
    return this.#events.length;
  }

  /** The newest frame number handed out. */
  get lastFrame(): number {
    return this.#lastFrame;
  }

  /** Frames posted and not acknowledged: across runs, since frame numbers never restart. */
  get inFlight(): number {
    return this.#lastFrame - this.#lastAcked;
  }

  canPost(maxInFlight: number): boolean {
    return this.inFlight < maxInFlight;
  }

  /** Takes what is waiting (the newest `limit` events at most), numbered as the next frame. */
  take(limit = Infinity): {
    frame: number;
    events: EngineEvent[];
    eventsDropped: number;
    narration: EngineEvent[];
  } {
    const excess = Math.max(0, this.#events.length - limit);
    const batch = {
      frame: ++this.#lastFrame,
      events: excess > 0 ? this.#events.slice(excess) : this.#events,
      eventsDropped: this.#dropped + excess,
      narration: this.#narration,
    };
    this.clear();
    return batch;
  }

  /** The main thread committed `frame` (and so every frame before it). */
  ack(frame: number): void {
    if (frame > this.#lastAcked && frame <= this.#lastFrame) this.#lastAcked = frame;
  }

  /** A new world: what was waiting belonged to the old one. Frame numbers keep counting. */
  clear(): void {
    this.#events = [];
    this.#narration = [];
    this.#dropped = 0;
  }
}
