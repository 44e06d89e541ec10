/** What the UI benchmark measures inside the page: frame rate, long tasks, the world's counts. */
import type { Page } from '@playwright/test';

export interface FrameStats {
  fps: number;
  longestFrameMs: number;
}

/** requestAnimationFrame rate over `ms`. */
export async function measureFrames(page: Page, ms: number): Promise<FrameStats> {
  return page.evaluate(
    (windowMs) =>
      new Promise<FrameStats>((done) => {
        let frames = 0;
        let start = -1;
        let last = 0;
        let longest = 0;
        const tick = (t: number) => {
          if (start < 0) start = t;
          else {
            frames++;
            longest = Math.max(longest, t - last);
          }
          last = t;
          if (t - start < windowMs) requestAnimationFrame(tick);
          else done({ fps: (frames * 1000) / (t - start), longestFrameMs: longest });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

export interface TaskStats {
  longestTaskMs: number;
  longTasks: number;
  longestFrameMs: number;
  fps: number;
}

/** Long tasks (PerformanceObserver "longtask", all > 50 ms by definition) over `ms`. */
export async function measureLongTasks(page: Page, ms: number): Promise<TaskStats> {
  return page.evaluate(
    (windowMs) =>
      new Promise<TaskStats>((done) => {
        const durations: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) durations.push(entry.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        let frames = 0;
        let last = -1;
        let longestFrame = 0;
        let running = true;
        const tick = (t: number) => {
          if (last >= 0) {
            frames++;
            longestFrame = Math.max(longestFrame, t - last);
          }
          last = t;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        setTimeout(() => {
          running = false;
          for (const entry of observer.takeRecords()) durations.push(entry.duration);
          observer.disconnect();
          done({
            longestTaskMs: durations.length === 0 ? 0 : Math.max(...durations),
            longTasks: durations.length,
            longestFrameMs: longestFrame,
            fps: (frames * 1000) / windowMs,
          });
        }, windowMs);
      }),
    ms,
  );
}

export interface WorldState {
  status: string;
  elapsedMs: number;
  inFlight: number;
  visible: number;
}

export async function worldState(page: Page): Promise<WorldState> {
  return page.evaluate(() => {
    type Gauges = Record<string, Record<string, number>>;
    const hook = (
      window as unknown as {
        __playground?: {
          store: {
            getState(): {
              status: string;
              now: number;
              startTime: number;
              gauges: { sqs?: Gauges };
            };
          };
        };
      }
    ).__playground;
    if (hook === undefined) throw new Error('window.__playground is missing (not an e2e build)');
    const s = hook.store.getState();
    // No service has reported before the first frame.
    const queues = Object.values(s.gauges.sqs ?? {});
    const sum = (key: string) => queues.reduce((n, q) => n + (q[key] ?? 0), 0);
    return {
      status: s.status,
      elapsedMs: s.now - s.startTime,
      inFlight: sum('ApproximateNumberOfMessagesNotVisible'),
      visible: sum('ApproximateNumberOfMessagesVisible'),
    };
  });
}

export async function waitFor(
  page: Page,
  check: (w: WorldState) => boolean,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last: WorldState | undefined;
  while (Date.now() < deadline) {
    last = await worldState(page);
    if (check(last)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(last)}`);
}
