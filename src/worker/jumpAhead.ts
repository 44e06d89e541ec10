import { advanceWithin, type Run } from './advance';

/**
 * A jump in progress: it runs in budgeted slices, one per tick, until the clock reaches `to`.
 * A finished jump is still shown in one frame (so even a jump done in one slice is seen to run
 * and end), then forgotten.
 */
export class JumpAhead {
  #jump: { from: number; to: number; done?: boolean } | undefined;

  /** A jump runs, or has ended and its last frame has not gone out yet. */
  get active(): boolean {
    return this.#jump !== undefined;
  }

  /** A second jump while one runs goes on from where the first would end. */
  start(now: number, ms: number): void {
    const going = this.#jump?.done === true ? undefined : this.#jump;
    const by = Math.max(0, Math.round(ms));
    this.#jump = { from: going?.from ?? now, to: (going?.to ?? now) + by };
  }

  stop(): void {
    this.#jump = undefined;
  }

  /**
   * Runs one slice until `deadline`. Undefined: there was nothing left to run (the jump is done,
   * its frame not yet out); else whether this slice reached the end.
   */
  slice(run: Run, deadline: number): boolean | undefined {
    if (this.#jump === undefined || this.#jump.done === true) return undefined;
    if (!advanceWithin(run, this.#jump.to, deadline)) return false;
    this.#jump.done = true;
    return true;
  }

  /** What the next frame shows of the jump; a finished jump is shown this once (`ended`). */
  takeForFrame(): { from: number; to: number; ended: boolean } | undefined {
    const jump = this.#jump;
    if (jump === undefined) return undefined;
    const ended = jump.done === true;
    if (ended) this.#jump = undefined;
    return { from: jump.from, to: jump.to, ended };
  }
}
