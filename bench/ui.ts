/**
 * `npm run bench:ui`: the UI figures of issue 3, in one headless run against the built site.
 *
 * - frames per second with the 50-node benchmark canvas idle (loaded, paused, no messages) and
 *   playing at 1x with ~1,000 messages in flight (target: at least 90% of idle);
 * - the longest main-thread task (PerformanceObserver "longtask") during 10 s at "As fast as
 *   possible" (target: under 50 ms);
 * - the gzip size of the JavaScript needed for first paint: the entry script of index.html and
 *   its modulepreloads and static imports, from a production build; the worker and lazily
 *   loaded chunks excluded (target: under 250 kB).
 *
 * It builds the site twice into node_modules/.tmp/ui-bench (production for the size, e2e mode
 * for the run, so `window.__playground` can load the benchmark scenario), serves the e2e build
 * with its own `vite preview` on a free port, and stops it at the end.
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchScenario } from './uiScenario';
import { chromiumLaunchOptions } from '../e2e/chromium';

/** npm scripts run in the package root; the bundled script lives in node_modules/.tmp. */
const ROOT = process.cwd();
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');
const OUT = join(ROOT, 'node_modules', '.tmp', 'ui-bench');
const PROD_DIR = join(OUT, 'prod');
const E2E_DIR = join(OUT, 'e2e');

const TARGET_RATIO = 0.9;
const TARGET_LONGEST_TASK_MS = 50;
const TARGET_FIRST_PAINT_KB = 250;
const FPS_WINDOW_MS = 5_000;
const MAX_SPEED_WINDOW_MS = 10_000;

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

// --- Build and size ------------------------------------------------------------------------------

function build(outDir: string, mode?: string): void {
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  if (mode !== undefined) args.push('--mode', mode);
  execFileSync(VITE, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface FirstPaint {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
  cssGzip: number;
}

/** The entry script of index.html, its modulepreloads and (transitively) its static imports. */
export function firstPaintJs(dist: string): FirstPaint {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const queue: string[] = [];
  let cssGzip = 0;
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type\s*=\s*["']module["']/.test(tag)) {
      const src = attr(tag, 'src');
      if (src !== undefined) queue.push(src);
    } else if (tag.startsWith('<link')) {
      const rel = attr(tag, 'rel');
      const href = attr(tag, 'href');
      if (href === undefined) continue;
      if (rel === 'modulepreload') queue.push(href);
      if (rel === 'stylesheet')
        cssGzip += gzipSync(readFileSync(join(dist, href.replace(/^\//, '')))).length;
    }
  }
  const seen = new Set<string>();
  const files: FirstPaint['files'] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    const path = join(dist, url.replace(/^\//, ''));
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const code = readFileSync(path);
    files.push({ file: url, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    // Static imports only: `import x from"./a.js"`, `import"./a.js"`, `export * from"./a.js"`.
    // Dynamic `import("./a.js")` and the worker's `new URL("./w.js", import.meta.url)` are lazy.
    const text = code.toString('utf8');
    for (const m of text.matchAll(
      /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g,
    )) {
      const spec = m[1] as string;
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const resolved = spec.startsWith('/') ? spec : join(dirname(url), spec);
      queue.push(resolved);
    }
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), cssGzip };
}

// --- Server --------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function startPreview(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    VITE,
    ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(child);
  throw new Error('vite preview did not answer within 30 s');
}

function stopPreview(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its own process group (detached)
  } catch {
    child.kill('SIGTERM');
  }
}

// --- In the page ---------------------------------------------------------------------------------

interface FrameStats {
  fps: number;
  longestFrameMs: number;
}

/** requestAnimationFrame rate over `ms`. */
async function measureFrames(page: Page, ms: number): Promise<FrameStats> {
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

interface TaskStats {
  longestTaskMs: number;
  longTasks: number;
  longestFrameMs: number;
  fps: number;
}

/** Long tasks (PerformanceObserver "longtask", all > 50 ms by definition) over `ms`. */
async function measureLongTasks(page: Page, ms: number): Promise<TaskStats> {
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

interface WorldState {
  status: string;
  elapsedMs: number;
  inFlight: number;
  visible: number;
}

async function worldState(page: Page): Promise<WorldState> {
  return page.evaluate(() => {
    type Gauges = Record<string, Record<string, number>>;
    const hook = (
      window as unknown as {
        __playground?: {
          store: {
            getState(): { status: string; now: number; startTime: number; gauges: { sqs: Gauges } };
          };
        };
      }
    ).__playground;
    if (hook === undefined) throw new Error('window.__playground is missing (not an e2e build)');
    const s = hook.store.getState();
    const queues = Object.values(s.gauges.sqs);
    const sum = (key: string) => queues.reduce((n, q) => n + (q[key] ?? 0), 0);
    return {
      status: s.status,
      elapsedMs: s.now - s.startTime,
      inFlight: sum('ApproximateNumberOfMessagesNotVisible'),
      visible: sum('ApproximateNumberOfMessagesVisible'),
    };
  });
}

async function waitFor(page: Page, check: (w: WorldState) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last: WorldState | undefined;
  while (Date.now() < deadline) {
    last = await worldState(page);
    if (check(last)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(last)}`);
}

// --- Run -----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  console.log('UI benchmark (headless Chromium, --disable-gpu)');
  console.log('  building the site (production and e2e mode)…');
  build(PROD_DIR);
  build(E2E_DIR, 'e2e');
  const size = firstPaintJs(PROD_DIR);

  const port = await freePort();
  const server = await startPreview(E2E_DIR, port);
  const stop = () => stopPreview(server);
  process.once('exit', stop);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => '__playground' in window);
    await waitFor(page, (w) => w.status === 'ready', 'the first scenario to load');

    // The 50-node canvas, loaded through the store as an import or share link would.
    const scenario = benchScenario();
    await page.evaluate((s) => {
      const hook = (
        window as unknown as {
          __playground: { store: { getState(): { replaceScenario(s: unknown): void } } };
        }
      ).__playground;
      hook.store.getState().replaceScenario(s);
    }, scenario);
    await page
      .locator('[aria-roledescription="node"]')
      .nth(scenario.nodes.length - 1)
      .waitFor();
    await waitFor(page, (w) => w.status === 'ready' && w.elapsedMs === 0, 'the bench world');
    const nodes = await page.locator('[aria-roledescription="node"]').count();

    await measureFrames(page, 1_000); // settle (fitView, first paints)
    const idle = await measureFrames(page, FPS_WINDOW_MS);

    // Fill the pipes: one minute ahead (30 s of work per message), then play at 1x.
    const timeControls = page.getByRole('group', { name: 'Time controls' });
    await timeControls.getByRole('button', { name: 'Jump ahead 1 minute' }).click();
    await waitFor(page, (w) => w.elapsedMs >= 60_000, 'the jump');
    await timeControls.getByRole('button', { name: 'Play', exact: true }).click();
    await measureFrames(page, 1_000);
    const before = await worldState(page);
    const busy = await measureFrames(page, FPS_WINDOW_MS);
    const after = await worldState(page);
    await timeControls.getByRole('button', { name: 'Pause', exact: true }).click();

    // As fast as possible, 10 s.
    await timeControls.getByRole('button', { name: 'As fast as possible' }).click();
    const maxStart = await worldState(page);
    await timeControls.getByRole('button', { name: 'Play', exact: true }).click();
    const tasks = await measureLongTasks(page, MAX_SPEED_WINDOW_MS);
    const maxEnd = await worldState(page);
    await timeControls.getByRole('button', { name: 'Pause', exact: true }).click();

    const ratio = busy.fps / idle.fps;
    const inFlight = Math.round((before.inFlight + after.inFlight) / 2);
    const kB = size.gzip / 1000;
    const rows: [string, string, string, boolean][] = [
      ['Idle frame rate (50 nodes, paused)', `${fmt(idle.fps)} fps`, 'reference', true],
      [
        `Frame rate with ${inFlight.toLocaleString('en-US')} messages in flight (1x)`,
        `${fmt(busy.fps)} fps`,
        '',
        true,
      ],
      [
        '  ratio to idle',
        `${fmt(ratio * 100)} %`,
        `>= ${TARGET_RATIO * 100} %`,
        ratio >= TARGET_RATIO,
      ],
      [
        'Longest main-thread task, 10 s as fast as possible',
        tasks.longTasks === 0 ? 'none over 50 ms' : `${fmt(tasks.longestTaskMs, 0)} ms`,
        `< ${TARGET_LONGEST_TASK_MS} ms`,
        tasks.longTasks === 0 || tasks.longestTaskMs < TARGET_LONGEST_TASK_MS,
      ],
      [
        'First-paint JavaScript, gzip',
        `${fmt(kB)} kB`,
        `< ${TARGET_FIRST_PAINT_KB} kB`,
        kB < TARGET_FIRST_PAINT_KB,
      ],
    ];
    console.log('');
    for (const [label, value, target, met] of rows) {
      const goal =
        target === ''
          ? ''
          : target === 'reference'
            ? '(reference)'
            : `target ${target}: ${verdict(met)}`;
      console.log(`${label.padEnd(58)} ${value.padStart(16)}   ${goal}`);
    }
    console.log('');
    console.log('Details');
    console.log(`  canvas: ${nodes} nodes, ${scenario.edges.length} edges; viewport 1440x900`);
    console.log(
      `  idle: longest frame ${fmt(idle.longestFrameMs)} ms; busy: longest frame ${fmt(busy.longestFrameMs)} ms, ` +
        `in flight ${before.inFlight} → ${after.inFlight}, visible ${before.visible} → ${after.visible}, ` +
        `virtual time ${fmt(before.elapsedMs / 1000)} s → ${fmt(after.elapsedMs / 1000)} s`,
    );
    console.log(
      `  as fast as possible: ${tasks.longTasks} long task(s), ${fmt(tasks.fps)} fps, longest frame ` +
        `${fmt(tasks.longestFrameMs)} ms, virtual time ${fmt(maxStart.elapsedMs / 1000, 0)} s → ` +
        `${fmt(maxEnd.elapsedMs / 1000, 0)} s (${fmt((maxEnd.elapsedMs - maxStart.elapsedMs) / MAX_SPEED_WINDOW_MS, 0)}x)`,
    );
    console.log(
      `  first paint: ${size.files.map((f) => `${f.file} ${fmt(f.raw / 1000)} kB → ${fmt(f.gzip / 1000)} kB gzip`).join(', ')}; ` +
        `CSS ${fmt(size.cssGzip / 1000)} kB gzip (not counted)`,
    );
    if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
    console.log(`  (${fmt((Date.now() - started) / 1000, 0)} s)`);
  } finally {
    await browser.close();
    stop();
  }
}

await main();
