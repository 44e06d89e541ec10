import { expect, type Locator, type Page } from '@playwright/test';

export type JumpLabel = '10 seconds' | '1 minute' | '10 minutes' | '1 hour';

/** The time controls as a user works them: play, pause, step, jump, speed and the clock. */
export class TimeBar {
  readonly controls: Locator;
  readonly status: Locator;
  readonly clock: Locator;
  readonly jumpProgress: Locator;

  constructor(readonly page: Page) {
    this.controls = page.getByRole('group', { name: 'Time controls' });
    this.status = this.controls.getByRole('status');
    this.clock = this.controls.getByRole('timer');
    this.jumpProgress = this.controls.getByRole('progressbar', { name: 'Jump progress' });
  }

  async play(): Promise<void> {
    await this.controls.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(this.status).toHaveText('Running');
  }

  async pause(): Promise<void> {
    await this.controls.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(this.status).toHaveText('Paused');
  }

  /** Runs to the next moment something happens; resolves once the clock has moved. */
  async step(): Promise<void> {
    const before = await this.elapsedLabel();
    await this.controls.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(this.clock).not.toHaveAccessibleName(before);
  }

  /** Jumps the virtual clock ahead with the UI's own Jump buttons; resolves once it is done. */
  async jump(by: JumpLabel): Promise<void> {
    const before = await this.elapsedLabel();
    await this.startJump(by);
    await expect(this.clock).not.toHaveAccessibleName(before);
    await expect(this.jumpProgress).toBeHidden({ timeout: 60_000 });
  }

  /** Clicks a Jump button and returns at once (the jump runs on, its progress shown). */
  async startJump(by: JumpLabel): Promise<void> {
    await this.controls.getByRole('button', { name: `Jump ahead ${by}`, exact: true }).click();
  }

  /**
   * Clicks Pause and returns the clock the user saw at that instant (read and clicked in one
   * task of the page, so no frame can come between).
   */
  async pauseWhereSeen(): Promise<string> {
    const seen = await this.page.evaluate(() => {
      const controls = document.querySelector('[role="group"][aria-label="Time controls"]');
      const clock = controls?.querySelector('[role="timer"]')?.getAttribute('aria-label') ?? '';
      const pause = [...(controls?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Pause',
      );
      if (pause === undefined) throw new Error('No Pause button: the clock is not running');
      pause.click();
      return clock;
    });
    await expect(this.status).toHaveText('Paused');
    return seen;
  }

  async reset(): Promise<void> {
    await this.controls.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(this.clock).toHaveAccessibleName(/Time since start: 0/);
  }

  /** Sets the speed slider to `speed` (0.1–1000, on its logarithmic scale). */
  async setSpeed(speed: number): Promise<void> {
    const slider = this.controls.getByRole('slider', { name: 'Speed' });
    await slider.fill(String(Math.log10(speed)));
    await expect(slider).toHaveAttribute('aria-valuetext', /x$/);
  }

  async asFastAsPossible(): Promise<void> {
    const button = this.controls.getByRole('button', { name: 'As fast as possible' });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** "Time since start: …", the clock's accessible name. */
  async elapsedLabel(): Promise<string> {
    return (await this.clock.getAttribute('aria-label')) ?? '';
  }
}
