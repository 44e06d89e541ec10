import { MAX_SPEED, MIN_SPEED, type Speed } from '../protocol/messages';

/**
 * Turns wall time into virtual time: target = last virtual + wall delta × speed.
 *
 * The wall delta is clamped, so a hidden tab, a debugger pause or one slow frame moves the world
 * by at most `maxWallDeltaMs` × speed instead of jumping it. Fractions of a virtual millisecond
 * are carried to the next tick (at 0.1x, a 16 ms tick is 1.6 virtual ms), so the sum over many
 * ticks is the same however the wall time was sliced.
 */
export class Pacer {
  #lastWall: number | undefined;
  #carry = 0;

  constructor(private readonly maxWallDeltaMs: number) {}

  /** Wall ms since the last call, clamped; the first call after `restart` counts as zero. */
  wallDelta(wallNow: number): number {
    const last = this.#lastWall;
    this.#lastWall = wallNow;
    if (last === undefined) return 0;
    return Math.min(Math.max(wallNow - last, 0), this.maxWallDeltaMs);
  }

  /** Whole virtual ms to run for `wallMs` of wall time at `speed`, carrying the fraction. */
  virtualFor(wallMs: number, speed: number): number {
    const exact = wallMs * speed + this.#carry;
    const whole = Math.floor(exact);
    this.#carry = exact - whole;
    return whole;
  }

  /** Forget the last wall reading (paused, hidden, a new world): the next delta starts at zero. */
  restart(): void {
    this.#lastWall = undefined;
    this.#carry = 0;
  }
}

export function isNumericSpeed(speed: Speed): speed is number {
  return typeof speed === 'number';
}

/** A requested speed within the slider's range; a nonsense number keeps the previous one. */
export function clampSpeed(speed: Speed, previous: Speed): Speed {
  if (speed === 'max') return speed;
  if (!Number.isFinite(speed)) return previous;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}
