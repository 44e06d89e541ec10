import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine';
import type { FrameBatch } from '../protocol/messages';
import { createAppStore } from './index';
import { MAX_LOGGED_EVENTS } from './simSlice';

const tick = (at: number): EngineEvent => ({
  type: 'sqs/empty-receive',
  at,
  queue: 'q',
  by: 'c',
  waitedSeconds: 0,
});

function frame(n: number, events: EngineEvent[], patch: Partial<FrameBatch> = {}): FrameBatch {
  return {
    type: 'frame',
    runId: 0,
    frame: n,
    now: n * 1000,
    startTime: 0,
    playing: true,
    speed: 'max',
    events,
    eventsDropped: 0,
    gauges: { sqs: {}, sns: {}, s3: {}, actors: {} },
    ...patch,
  };
}

describe('applyFrames', () => {
  it('logs events in order with running seqs and keeps the newest MAX_LOGGED_EVENTS', () => {
    const store = createAppStore();
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => tick(from + i));
    store.getState().applyFrames([frame(1, many(0, 3))]);
    expect(store.getState().events.map((e) => e.seq)).toEqual([0, 1, 2]);

    // Two frames at once bring more than the window: the oldest are cut, seqs keep counting.
    store
      .getState()
      .applyFrames([
        frame(2, many(3, MAX_LOGGED_EVENTS)),
        frame(3, many(3 + MAX_LOGGED_EVENTS, 10)),
      ]);
    const { events, eventCount, now } = store.getState();
    expect(events).toHaveLength(MAX_LOGGED_EVENTS);
    expect(events[0]!.seq).toBe(13);
    expect(events[0]!.event.at).toBe(13);
    expect(events.at(-1)!.seq).toBe(MAX_LOGGED_EVENTS + 12);
    expect(eventCount).toBe(MAX_LOGGED_EVENTS + 13);
    expect(now).toBe(3000);

    // A few more: the window slides.
    store.getState().applyFrames([frame(4, many(100_000, 2))]);
    const slid = store.getState().events;
    expect(slid).toHaveLength(MAX_LOGGED_EVENTS);
    expect(slid[0]!.seq).toBe(15);
    expect(slid.at(-1)!.event.at).toBe(100_001);
  });

  it('counts the events the worker left out in the seqs, so the log shows where they are missing', () => {
    const store = createAppStore();
    store.getState().applyFrames([frame(1, [tick(0), tick(1)])]);
    // The worker fell behind: it left out the 7 events before these two.
    store.getState().applyFrames([frame(2, [tick(9), tick(10)], { eventsDropped: 7 })]);
    const { events, eventCount, eventsDropped } = store.getState();
    expect(events.map((e) => [e.seq, e.event.at])).toEqual([
      [0, 0],
      [1, 1],
      [9, 9],
      [10, 10],
    ]);
    expect(eventCount).toBe(11);
    expect(eventsDropped).toBe(7);
  });

  it('keeps the same log when a frame brings no events, and ignores other runs', () => {
    const store = createAppStore();
    store.getState().applyFrames([frame(1, [tick(1)])]);
    const before = store.getState().events;
    store.getState().applyFrames([frame(2, [])]);
    expect(store.getState().events).toBe(before);
    expect(store.getState().now).toBe(2000);
    store.getState().applyFrames([frame(3, [tick(2)], { runId: 99 })]);
    expect(store.getState().events).toBe(before);
    expect(store.getState().now).toBe(2000);
  });
});

describe('applyFrames narration and jumps', () => {
  const said = (at: number): EngineEvent => ({
    type: 'actor/narrated',
    at,
    actor: 'script',
    text: `at ${at}`,
    lessons: [],
  });

  it('keeps every narration step of the run, however many events the log lets go', () => {
    const store = createAppStore();
    const flood = Array.from({ length: MAX_LOGGED_EVENTS }, (_, i) => tick(i));
    store
      .getState()
      .applyFrames([
        frame(1, [said(0)], { narration: [said(0)] }),
        frame(2, flood, { eventsDropped: 10_000, narration: [said(5)] }),
        frame(3, flood),
      ]);
    expect(store.getState().narration.map((e) => e.at)).toEqual([0, 5]);
    expect(store.getState().frame).toBe(3);
    store.getState().startRun(1);
    expect(store.getState().narration).toEqual([]);
  });

  it('reports a jump in progress until a frame without one', () => {
    const store = createAppStore();
    store.getState().applyFrames([frame(1, [], { jump: { from: 0, to: 600_000 } })]);
    expect(store.getState().jump).toEqual({ from: 0, to: 600_000 });
    store.getState().applyFrames([frame(2, [])]);
    expect(store.getState().jump).toBeUndefined();
  });
});
