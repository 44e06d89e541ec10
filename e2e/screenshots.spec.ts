import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** Where the lead looks at the screens outside the HTML report. */
const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp/e2e-shots';

test.use({ viewport: { width: 1440, height: 900 } });

for (const scheme of ['light', 'dark'] as const) {
  test(`main screen, ${scheme} theme`, async ({ page }, testInfo) => {
    const playground = new PlaygroundPage(page);
    await playground.useColorScheme(scheme);
    await playground.goto();
    await playground.openScenario('DLQ catching a poison message');
    await playground.time.jump('10 seconds');
    await playground.time.jump('10 seconds');
    await playground.time.jump('10 seconds');
    await playground.time.jump('10 seconds');
    await playground.nodes.waitForQueue('orders-dlq', (c) => c.visible === 1);
    await playground.nodes.selectNode('orders');
    await playground.openTab('Inspector');
    await playground.dismissNotices();
    // The app fits the window: the panels scroll, not the page.
    expect(await playground.pageOverflows()).toEqual({ width: false, height: false });

    const shot = await page.screenshot();
    await testInfo.attach(`main-screen-${scheme}`, { body: shot, contentType: 'image/png' });
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, `main-screen-${scheme}.png`), shot);
    expect(playground.errors).toEqual([]);
  });
}
