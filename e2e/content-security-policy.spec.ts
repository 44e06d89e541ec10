import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the site runs a scenario under its Content-Security-Policy without a violation', async ({
  page,
}) => {
  test.slow(); // a run, a jump and charts on a shared machine
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const playground = new PlaygroundPage(page);
  const response = await page.goto('/');
  expect(await response?.headerValue('content-security-policy')).toContain(
    "frame-ancestors 'none'",
  );
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

  // Everything a run touches: the worker, the canvas, uPlot's charts, the message browser.
  await playground.goto();
  await playground.openScenario('DLQ catching a poison message');
  await playground.time.setSpeed(100);
  await playground.time.play();
  await playground.nodes.selectNode('orders');
  await expect(page.getByText('Metrics of orders')).toBeVisible();
  await expect(page.locator('.uplot').first()).toBeVisible({ timeout: 15_000 });
  await playground.openTab('Messages');
  await playground.time.jump('1 minute');
  await playground.time.pause();

  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(await violations()).toEqual([]);
  expect(playground.errors).toEqual([]);

  // An inline script, as an injected share link would try: the policy blocks it, and says so.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  await expect.poll(violations).toContain('script-src-elem inline');
});
