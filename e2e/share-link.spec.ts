import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

const INVALID_LINK = 'This share link could not be opened; the current canvas is kept.';

test.describe('share links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied link opens the same scenario, nodes, settings and seed in a new browser', async ({
    page,
    browser,
  }) => {
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
      // The fragment is dropped once read, so a reload restores the autosave instead.
      expect(new URL(other.page.url()).hash).toBe('');
      await expect(other.errorNotices).toBeEmpty();
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
