import { describe, expect, it, vi } from 'vitest';
import type { FrameBatch } from '../protocol/messages';
import { FrameSink } from './frameSink';

function frame(n: number, speed: FrameBatch['speed'] = 1): FrameBatch {
  return {
    type: 'frame',
    runId: 1,
    frame: n,
    now: n,
    startTime: 0,
    playing: true,
    speed,
    events: [],
    eventsDropped: 0,
    gauges: { sqs: {}, sns: {}, s3: {}, actors: {} },
  };
}

/** A fake requestAnimationFrame: callbacks run when the test says a display frame happened. */
function fakeRaf() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    requestFrame: (cb: () => void) => {
      callbacks.set(next, cb);
      return next++;
    },
    cancelFrame: (handle: number) => callbacks.delete(handle),
    displayFrame() {
      const due = [...callbacks.values()];
      callbacks.clear();
      due.forEach((cb) => cb());
    },
    get scheduled() {
      return callbacks.size;
    },
  };
}

describe('FrameSink', () => {
  it('commits every frame that arrived since the last display frame at once, then acks the last', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const ack = vi.fn();
    const sink = new FrameSink({ commit, ack, ...raf });
    sink.push(frame(1));
    sink.push(frame(2));
    sink.push(frame(3));
    expect(raf.scheduled).toBe(1);
    expect(commit).not.toHaveBeenCalled();
    raf.displayFrame();
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.calls[0]![0].map((f: FrameBatch) => f.frame)).toEqual([1, 2, 3]);
    expect(ack).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('does nothing on a display frame when no frame arrived', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const sink = new FrameSink({ commit, ack: vi.fn(), ...raf });
    raf.displayFrame();
    sink.push(frame(1));
    raf.displayFrame();
    raf.displayFrame();
    expect(commit).toHaveBeenCalledTimes(1);
    expect(raf.scheduled).toBe(0);
  });

  it('flush commits right away (before a failure is shown); dispose drops what is left', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const sink = new FrameSink({ commit, ack: vi.fn(), ...raf });
    sink.push(frame(1));
    sink.flush();
    expect(commit).toHaveBeenCalledTimes(1);
    raf.displayFrame();
    expect(commit).toHaveBeenCalledTimes(1);
    sink.push(frame(2));
    sink.dispose();
    raf.displayFrame();
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('as fast as possible, commits on every other display frame', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const sink = new FrameSink({ commit, ack: vi.fn(), ...raf });
    sink.push(frame(1, 'max'));
    raf.displayFrame();
    expect(commit).not.toHaveBeenCalled();
    sink.push(frame(2, 'max'));
    raf.displayFrame();
    expect(commit.mock.calls.map(([frames]) => frames.map((f: FrameBatch) => f.frame))).toEqual([
      [1, 2],
    ]);
    sink.push(frame(3, 2));
    raf.displayFrame();
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('shows a jump that ended among the buffered frames for one display frame before its end', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const ack = vi.fn();
    const sink = new FrameSink({ commit, ack, ...raf });
    const jumping = (n: number): FrameBatch => ({ ...frame(n), jump: { from: 0, to: 10_000 } });
    // A short jump, done in one slice: its frame and the one saying it is over arrive together.
    sink.push(jumping(1));
    sink.push(jumping(2));
    sink.push(frame(3));
    raf.displayFrame(); // jumping: skipped (every other display frame)
    raf.displayFrame();
    raf.displayFrame();
    expect(commit.mock.calls.map(([frames]) => frames.map((f: FrameBatch) => f.frame))).toEqual([
      [1, 2],
      [3],
    ]);
    expect(ack.mock.calls).toEqual([[2], [3]]);
  });
});

describe('FrameSink after a pause', () => {
  const answer = (n: number, shownFrame: number, rewound: boolean): FrameBatch => ({
    ...frame(n),
    playing: false,
    pauseAnswer: { shownFrame, rewound },
  });
  const committed = (commit: ReturnType<typeof vi.fn>) =>
    commit.mock.calls.flatMap(([frames]) => frames.map((f: FrameBatch) => f.frame));

  it('holds the frames the worker computed ahead, and drops them when it went back', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const ack = vi.fn();
    const sink = new FrameSink({ commit, ack, ...raf });
    sink.push(frame(1));
    raf.displayFrame();
    sink.push(frame(2)); // arrived, not shown yet: the user paused looking at frame 1
    sink.holdAfter(1, 1);
    sink.push(frame(3));
    raf.displayFrame();
    expect(committed(commit)).toEqual([1]);
    sink.push(answer(4, 1, true));
    raf.displayFrame();
    expect(committed(commit)).toEqual([1, 4]);
    expect(ack).toHaveBeenLastCalledWith(4);
  });

  it('shows the held frames when the worker could not go back', () => {
    const raf = fakeRaf();
    const commit = vi.fn();
    const sink = new FrameSink({ commit, ack: vi.fn(), ...raf });
    sink.push(frame(1));
    raf.displayFrame();
    sink.holdAfter(1, 1);
    sink.push(frame(2));
    sink.push(answer(3, 1, false));
    raf.displayFrame();
    expect(committed(commit)).toEqual([1, 2, 3]);
  });
});
