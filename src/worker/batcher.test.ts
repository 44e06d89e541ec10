import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine';
import { Batcher } from './batcher';

const events = (n: number): EngineEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'actor/created',
    at: i,
    actor: `a${i}`,
    kind: 'producer',
  }));

describe('Batcher', () => {
  it('hands over the newest events up to a limit and counts the rest as dropped', () => {
    const batcher = new Batcher(100);
    batcher.add(events(30));
    const { events: taken, eventsDropped } = batcher.take(10);
    expect(taken.map((e) => e.at)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(eventsDropped).toBe(20);
    expect(batcher.pending).toBe(0);
  });

  it('keeps at most its buffer while frames wait for acknowledgement', () => {
    const batcher = new Batcher(5);
    batcher.take();
    expect(batcher.canPost(1)).toBe(false);
    expect(batcher.canPost(2)).toBe(true);
    batcher.add(events(8));
    const { events: taken, eventsDropped } = batcher.take();
    expect(taken).toHaveLength(5);
    expect(eventsDropped).toBe(3);
  });
});

describe('Batcher narration', () => {
  it('hands over every narration event, however many events were left out around them', () => {
    const batcher = new Batcher(5);
    const said = (at: number): EngineEvent => ({
      type: 'actor/narrated',
      at,
      actor: 'script',
      text: `step at ${at}`,
      lessons: [],
    });
    batcher.add([said(0), ...events(20), said(21), ...events(20)]);
    const { events: taken, narration } = batcher.take(3);
    expect(taken).toHaveLength(3);
    expect(narration.map((e) => e.at)).toEqual([0, 21]);
    expect(batcher.take().narration).toEqual([]);
  });
});
