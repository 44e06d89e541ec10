import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the built page loads with its heading and no console errors', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();

  await expect(playground.heading).toBeVisible();
  await expect(page).toHaveTitle('Messaging Playground');
  await page.waitForLoadState('networkidle');
  expect(playground.errors).toEqual([]);
});
