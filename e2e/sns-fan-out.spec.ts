import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp/e2e-shots';

test.use({ viewport: { width: 1024, height: 768 } });

test('the SNS fan-out scenario delivers each publish to three queues, filtering one', async ({
  page,
}, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.openScenario('SNS + SQS fan-out');
  // The filtered subscription says so on its edge.
  await expect(page.getByTestId('subscription-label-e-sub-shipping')).toContainText('filter');
  await expect(page.getByTestId('subscription-label-e-sub-analytics')).toContainText('raw');

  // Playing, one publish fans out: tokens ride the edges.
  await playground.time.play();
  await expect
    .poll(() => page.getByTestId('token-layer').locator('circle, rect').count(), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  await playground.time.pause();

  await playground.time.jump('10 seconds');
  const topic = await playground.nodes.nodeDescription('orders');
  const count = (word: string) => Number(new RegExp(`(\\d+)\\s*${word}`).exec(topic)?.[1]);
  expect(count('published')).toBeGreaterThanOrEqual(10);
  // Shipping gets physical orders only: half of the copies are filtered out at its edge.
  expect(count('filtered out')).toBeGreaterThanOrEqual(5);
  expect(count('delivered')).toBe(count('published') * 3 - count('filtered out'));
  for (const service of ['shipping-service', 'billing-service', 'analytics-service'])
    expect((await playground.nodes.consumerCounts(service)).deleted).toBeGreaterThan(0);

  await playground.dismissNotices();
  const shot = await page.screenshot();
  await testInfo.attach('sns-fan-out', { body: shot, contentType: 'image/png' });
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, 'sns-fan-out-1024.png'), shot);
  expect(playground.errors).toEqual([]);
});
