import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

const INVALID_LINK = 'This share link could not be opened; the current canvas is kept.';

test.describe('share links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied link opens the same scenario, nodes, settings and seed in a new browser', async ({
    page,
    browser,
  }) => {
    test.slow(); // two browsers and a reload on a shared machine
    const playground = new PlaygroundPage(page);
    await playground.goto();
    await playground.openScenario('DLQ catching a poison message');
    // An edit, so the link carries more than a built-in.
    await playground.nodes.selectNode('orders');
    await playground.setInspectorField('VisibilityTimeout', '15');
    await expect(playground.nodes.node('orders')).toContainText('15 s');
    const sent = await playground.scenario();

    const link = await playground.copyShareLink();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=/);

    // A fresh browser context: no autosave, nothing shared but the link.
    const context = await browser.newContext();
    try {
      const other = new PlaygroundPage(await context.newPage());
      await other.goto(link);
      await other.expectScenarioName('DLQ catching a poison message');
      expect(await other.nodes.nodeNames()).toEqual(await playground.nodes.nodeNames());
      const received = await other.scenario();
      expect(received.seed).toBe(sent.seed);
      expect(received).toEqual(sent);
      await other.nodes.selectNode('orders');
      await expect(await other.inspectorField('VisibilityTimeout')).toHaveValue('15');
      // The fragment is dropped once read, and the scenario saved at once: a reload keeps it.
      expect(new URL(other.page.url()).hash).toBe('');
      await expect(other.errorNotices).toBeEmpty();
      await other.page.reload();
      await other.waitUntilLoaded();
      await other.expectScenarioName('DLQ catching a poison message');
      expect(await other.scenario()).toEqual(sent);
      expect(other.errors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(playground.errors).toEqual([]);
  });
});

test('an invalid link on first load shows why and opens the usual canvas', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto('#s=garbage');
  const notice = playground.errorNotice(INVALID_LINK);
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).not.toHaveCount(0);
  await playground.expectScenarioName('Decoupling with a buffer');
  await expect(playground.nodes.node('orders')).toBeVisible();
});

test('an invalid link opened later keeps the current canvas', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.openScenario('DLQ catching a poison message');
  const before = await playground.nodes.nodeNames();

  await page.goto('/#s=garbage'); // same document: a hashchange, like pasting into the address bar
  await expect(playground.errorNotice(INVALID_LINK)).toBeVisible();
  await playground.expectScenarioName('DLQ catching a poison message');
  expect(await playground.nodes.nodeNames()).toEqual(before);
  await expect(playground.nodes.node('orders-dlq')).toBeVisible();

  await playground
    .errorNotice(INVALID_LINK)
    .getByRole('button', { name: `Dismiss: ${INVALID_LINK}` })
    .click();
  await expect(playground.errorNotice(INVALID_LINK)).toHaveCount(0);
});

test('a #builtin= link opens that built-in scenario, and a reload keeps it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto('#builtin=fifo-groups');
  await playground.expectScenarioName('FIFO ordering: group IDs vs one group');
  await expect(playground.nodes.node('orders-by-customer.fifo')).toBeVisible();
  await page.reload();
  await playground.waitUntilLoaded();
  await playground.expectScenarioName('FIFO ordering: group IDs vs one group');
  expect(playground.errors).toEqual([]);
});

test.describe('a teacher copies the link to a built-in scenario', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('it is short and opens that scenario', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.goto();
    await playground.openScenario('DLQ catching a poison message');
    await playground.documentToolbar().getByRole('button', { name: 'Copy built-in link' }).click();
    await expect(
      playground.infoNotices.getByRole('region', { name: 'Link to the built-in scenario copied.' }),
    ).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toBe('#builtin=dead-letter-queue');
  });
});

test('a scenario too large for a link (3 MB) is refused, with its JSON file offered', async ({
  page,
}) => {
  test.slow(); // compressing 3 MB takes seconds
  const playground = new PlaygroundPage(page);
  await playground.goto();
  const scenario = await playground.scenario();
  // A long text that does not compress, as notes pasted from elsewhere might be.
  let x = 2_463_534_242;
  const noise = Array.from({ length: 2_400_000 }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return String.fromCharCode(33 + ((x >>> 0) % 90));
  }).join('');
  await playground.importJson(
    'huge.json',
    JSON.stringify({ ...scenario, name: 'Huge', description: noise }),
  );
  await playground.expectScenarioName('Huge');

  await playground.documentToolbar().getByRole('button', { name: 'Copy share link' }).click();
  const notice = playground.errorNotice('This scenario is too large for a share link.');
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText(/Its link would be 3,\d{3},\d{3} characters/);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download JSON' }).click();
  expect((await download).suggestedFilename()).toBe('huge.json');
  expect(playground.errors).toEqual([]);
});

test('a refused clipboard shows the link in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.documentToolbar().getByRole('button', { name: 'Copy share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy the share link' });
  const field = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(field).toBeFocused();
  expect(await field.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=/);
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(playground.errorNotices).toBeEmpty();
});
