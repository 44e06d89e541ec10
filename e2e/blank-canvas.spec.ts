import { expect, test } from '@playwright/test';
import { measureCanvas } from './pages/CanvasGeometry';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('a blank canvas, built from the palette and run, processes messages with no narration', async ({
  page,
}) => {
  test.setTimeout(90_000); // two shared cores
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await page.getByRole('button', { name: 'New canvas', exact: true }).click();
  await expect(playground.nodes.all()).toHaveCount(0);
  await playground.expectScenarioName('Untitled');
  const story = await playground.openTab('Story');
  await expect(story.getByText(/narration steps? explain/)).toHaveCount(0);

  await playground.addFromPalette('Producer');
  await playground.addFromPalette('SQS queue (standard)');
  await playground.addFromPalette('Consumer');
  // New nodes land where the user is looking: inside the canvas, clear of each other.
  const g = await measureCanvas(page);
  for (const n of g.nodes) {
    expect(n.left, n.name).toBeGreaterThanOrEqual(g.canvas.left);
    expect(n.right, n.name).toBeLessThanOrEqual(g.canvas.right);
    expect(n.top, n.name).toBeGreaterThanOrEqual(g.canvas.top);
    expect(n.bottom, n.name).toBeLessThanOrEqual(g.canvas.bottom);
  }

  expect(await playground.connect('producer-1', 'queue-1')).toBe(
    'Connected producer-1 to queue-1.',
  );
  expect(await playground.connect('queue-1', 'consumer-1')).toBe(
    'Connected queue-1 to consumer-1.',
  );
  // A lone node does not stop the rest: it says on itself why it does nothing.
  await playground.addFromPalette('Consumer');
  await expect(playground.nodes.node('consumer-2')).toContainText(
    'Not connected to a queue: it does nothing until you connect it.',
  );
  await playground.waitUntilLoaded();

  await playground.time.play();
  await playground.nodes.waitForConsumer('consumer-1', (c) => c.deleted >= 2);
  await playground.time.pause();
  expect((await playground.nodes.consumerCounts('consumer-1')).failed).toBe(0);
  await expect(story.getByRole('list', { name: 'Narration' })).toHaveCount(0);
  expect(playground.errors).toEqual([]);
});
