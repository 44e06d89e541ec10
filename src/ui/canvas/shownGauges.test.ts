import { describe, expect, it } from 'vitest';
import type { HeldGauges } from '../../engine';
import { createShownGauges, FLAT_OUT_REFRESH_EVERY } from './shownGauges';

/** Eight consumers that have each deleted `deleted` messages. */
const gauges = (deleted: number): HeldGauges => ({
  sqs: {},
  actors: Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`c${i}`, { Status: 'processing', Deleted: deleted }]),
  ),
});
const deletedShown = (g: HeldGauges) => Object.values(g.actors).map((a) => a.Deleted);

/** Display frames run by hand: `frame()` runs what waits for the next one. */
function frames() {
  let waiting: (() => void)[] = [];
  return {
    nextFrame: (callback: () => void) => {
      waiting.push(callback);
      return () => (waiting = waiting.filter((c) => c !== callback));
    },
    frame: () => {
      const run = waiting;
      waiting = [];
      run.forEach((c) => c());
    },
  };
}

describe('shown gauges', () => {
  it('follow every commit while paused or at a numeric speed', () => {
    const { shown, follow } = createShownGauges(gauges(0));
    follow({ gauges: gauges(1), speed: 1, playing: true });
    expect(deletedShown(shown.getState().gauges)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    follow({ gauges: gauges(2), speed: 'max', playing: false });
    expect(deletedShown(shown.getState().gauges)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('as fast as possible, refresh every node together, on the frame after one commit in FLAT_OUT_REFRESH_EVERY', () => {
    const { nextFrame, frame } = frames();
    const { shown, follow } = createShownGauges(gauges(0), nextFrame);
    follow({ gauges: gauges(1), speed: 'max', playing: true });
    // Not on the commit's own frame, which has the tokens and the event log to draw.
    expect(deletedShown(shown.getState().gauges)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    frame();
    expect(deletedShown(shown.getState().gauges)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    for (let commit = 2; commit <= FLAT_OUT_REFRESH_EVERY; commit++) {
      follow({ gauges: gauges(commit), speed: 'max', playing: true });
      frame();
      // Held back, but all nodes show the same moment: counts side by side always agree.
      expect(deletedShown(shown.getState().gauges)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    }
    follow({ gauges: gauges(9), speed: 'max', playing: true });
    frame();
    expect(deletedShown(shown.getState().gauges)).toEqual([9, 9, 9, 9, 9, 9, 9, 9]);
  });

  it('drop a refresh still waiting for its frame when the run stops being flat out', () => {
    const { nextFrame, frame } = frames();
    const { shown, follow } = createShownGauges(gauges(0), nextFrame);
    follow({ gauges: gauges(1), speed: 'max', playing: true });
    const paused = gauges(2);
    follow({ gauges: paused, speed: 'max', playing: false });
    frame();
    expect(shown.getState().gauges).toBe(paused);
  });

  it('show the latest of every node as soon as the run stops being flat out', () => {
    const { nextFrame } = frames();
    const { shown, follow } = createShownGauges(gauges(0), nextFrame);
    follow({ gauges: gauges(1), speed: 'max', playing: true });
    const last = gauges(1);
    follow({ gauges: last, speed: 'max', playing: true });
    // Paused by a failure: no new gauges, but nothing is held back any more.
    follow({ gauges: last, speed: 'max', playing: false });
    expect(shown.getState().gauges).toBe(last);
  });

  it('show a node that appears at once, and drop one that is gone', () => {
    const { nextFrame, frame } = frames();
    const { shown, follow } = createShownGauges(gauges(0), nextFrame);
    follow({ gauges: gauges(1), speed: 'max', playing: true });
    frame();
    follow({ gauges: gauges(1), speed: 'max', playing: true }); // a held-back commit
    const grown: HeldGauges = {
      sqs: {},
      actors: { c0: { Deleted: 2 }, c1: { Deleted: 2 }, added: { Deleted: 9 } },
    };
    follow({ gauges: grown, speed: 'max', playing: true });
    expect(shown.getState().gauges.actors).toEqual({
      c0: { Status: 'processing', Deleted: 1 },
      c1: { Status: 'processing', Deleted: 1 },
      added: { Deleted: 9 },
    });
  });
});
