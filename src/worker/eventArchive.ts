import type { EngineEvent } from '../engine';
import type { SequencedEvent } from '../protocol/messages';

/**
 * Every event of the run, numbered in order (seq), for the event log's searches by message or
 * node: the main thread keeps only a recent window. Bounded: past `capacity`, the oldest tenth is
 * let go at once (one copy per tenth, not per event).
 */
export class EventArchive {
  #events: EngineEvent[] = [];
  /** seq of #events[0]. */
  #firstSeq = 0;

  constructor(private readonly capacity: number) {}

  /** The seq the next event gets: how many events the run has had. */
  get nextSeq(): number {
    return this.#firstSeq + this.#events.length;
  }

  /** The oldest seq still kept. */
  get firstSeq(): number {
    return this.#firstSeq;
  }

  add(events: readonly EngineEvent[]): void {
    for (const event of events) this.#events.push(event);
    if (this.#events.length > this.capacity) {
      const cut = this.#events.length - Math.floor(this.capacity * 0.9);
      this.#events = this.#events.slice(cut);
      this.#firstSeq += cut;
    }
  }

  /** Forgets the events from `seq` on (a pause went back to an earlier moment). */
  truncate(seq: number): void {
    const keep = Math.max(0, seq - this.#firstSeq);
    if (keep < this.#events.length) this.#events.length = keep;
  }

  clear(): void {
    this.#events = [];
    this.#firstSeq = 0;
  }

  /** The kept events, oldest first. */
  *[Symbol.iterator](): Iterator<EngineEvent> {
    yield* this.#events;
  }

  /** The newest `limit` events that `matches`, oldest first, and how many matches were left out. */
  find(
    matches: (event: EngineEvent) => boolean,
    limit: number,
  ): { events: SequencedEvent[]; leftOut: number } {
    const found: SequencedEvent[] = [];
    let leftOut = 0;
    for (let i = this.#events.length - 1; i >= 0; i--) {
      const event = this.#events[i]!;
      if (!matches(event)) continue;
      if (found.length < limit) found.push({ seq: this.#firstSeq + i, event });
      else leftOut++;
    }
    return { events: found.reverse(), leftOut };
  }
}
