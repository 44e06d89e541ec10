import type { FrameBatch } from '../protocol/messages';

export interface FrameSinkOptions {
  /** Commits frames to the store, oldest first (store.applyFrames). */
  commit: (frames: FrameBatch[]) => void;
  /** Tells the worker the newest frame is committed (backpressure). */
  ack: (frame: number) => void;
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}

/**
 * Buffers the worker's frames and commits them to the store together, once per animation
 * frame, so React renders at most once per display frame however fast frames arrive. The ack
 * goes out after the commit: a main thread that falls behind slows the worker's frames down.
 */
export class FrameSink {
  readonly #options: FrameSinkOptions;
  readonly #requestFrame: (callback: () => void) => number;
  readonly #cancelFrame: (handle: number) => void;
  #buffer: FrameBatch[] = [];
  #scheduled: number | undefined;
  #skipped = false;
  /** A pause is on its way: frames after `frame` wait for the worker's answer. */
  #hold: { runId: number; frame: number } | undefined;

  constructor(options: FrameSinkOptions) {
    this.#options = options;
    this.#requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(cb));
    this.#cancelFrame = options.cancelFrame ?? ((handle) => cancelAnimationFrame(handle));
  }

  push(frame: FrameBatch): void {
    const hold = this.#hold;
    if (hold !== undefined && frame.runId === hold.runId) {
      const answer = frame.pauseAnswer;
      if (answer?.shownFrame !== hold.frame) {
        this.#buffer.push(frame); // the worker ran ahead of the display: wait to hear
        return;
      }
      // It went back to the frame the user saw: what it posted after that never happened.
      if (answer.rewound) this.#buffer = this.#buffer.filter((f) => f.frame <= hold.frame);
    }
    this.#hold = undefined;
    this.#buffer.push(frame);
    if (this.#scheduled === undefined) this.#schedule();
  }

  /**
   * The user paused while seeing `frame`: newer frames wait until the worker says whether it
   * went back to that frame (they are void) or stopped where it was (they are shown).
   */
  holdAfter(runId: number, frame: number): void {
    this.#hold = { runId, frame };
  }

  #schedule(): void {
    this.#scheduled = this.#requestFrame(() => {
      this.#scheduled = undefined;
      // As fast as possible (or jumping), the canvas is a blur: every other display frame is
      // enough, and halving React's work leaves the main thread room for its garbage collector.
      const newest = this.#buffer[this.#buffer.length - 1];
      const blur = (newest?.speed === 'max' && newest.playing) || newest?.jump !== undefined;
      if (blur && !this.#skipped) {
        this.#skipped = true;
        this.#schedule();
        return;
      }
      this.#skipped = false;
      this.flush();
    });
  }

  /** Stops waiting for a pause's answer (the run failed: none will come). */
  release(): void {
    this.#hold = undefined;
  }

  /** Commits what is buffered now (also used before a failure is shown, to keep order). */
  flush(): void {
    if (this.#hold !== undefined) return;
    const cut = shownJumpEnd(this.#buffer);
    const frames = this.#buffer.slice(0, cut);
    const last = frames[frames.length - 1];
    if (last === undefined) return;
    this.#buffer = this.#buffer.slice(cut);
    this.#options.commit(frames);
    this.#options.ack(last.frame);
    if (this.#buffer.length > 0 && this.#scheduled === undefined) this.#schedule();
  }

  dispose(): void {
    if (this.#scheduled !== undefined) this.#cancelFrame(this.#scheduled);
    this.#scheduled = undefined;
    this.#buffer = [];
    this.#hold = undefined;
  }
}

/**
 * How many buffered frames to commit now. A jump that ended among them is committed up to its
 * last jumping frame, the rest on the next display frame: the controls see the jump run (and
 * then end) even when it took a single slice, instead of never learning that it started.
 */
function shownJumpEnd(frames: readonly FrameBatch[]): number {
  if (frames[frames.length - 1]?.jump !== undefined) return frames.length;
  for (let i = frames.length - 2; i >= 0; i--) if (frames[i]?.jump !== undefined) return i + 1;
  return frames.length;
}
