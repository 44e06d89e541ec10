import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

/** E2E_PORT lets several checkouts run their end-to-end tests side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests against the built site (vite build + vite preview).
 * The site is built with `--mode e2e`, so `window.__playground` (src/testHook.ts) exists; the
 * shipped `npm run build` stays a production build without it.
 * Uses Debian's chromium, never `npx playwright install` (see STACK.md).
 */
export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1, // 2 cores
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    command:
      // The e2e build (with the test hook) goes to its own folder: dist stays the shipped site.
      'npx tsc -b && npx vite build --mode e2e --outDir node_modules/.tmp/e2e-dist && npx vite preview --outDir node_modules/.tmp/e2e-dist --host 127.0.0.1 --port ' +
      port +
      ' --strictPort',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000, // tsc + vite build on 2 cores
  },
});
