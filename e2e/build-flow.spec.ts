import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('a producer → queue → consumer flow built from the palette runs and its counts change', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.clearCanvas();
  await expect(playground.nodes.all()).toHaveCount(0);

  // One by click, two by keyboard (focus the palette item, press Enter).
  await playground.addFromPalette('Producer', 'click');
  await playground.addFromPalette('SQS queue (standard)', 'keyboard');
  await playground.addFromPalette('Consumer', 'keyboard');
  expect(await playground.nodes.nodeNames()).toEqual([
    'producer-1, producer',
    'queue-1, SQS standard queue',
    'consumer-1, consumer',
  ]);

  // AWS does not let a consumer send to a producer: refused, with the reason.
  const refused = await playground.connect('consumer-1', 'producer-1');
  expect(refused).not.toMatch(/^Connected/);
  await expect(
    playground.canvas.getByRole('group', { name: /consumer-1 .* producer-1/ }),
  ).toHaveCount(0);

  expect(await playground.connect('producer-1', 'queue-1')).toBe(
    'Connected producer-1 to queue-1.',
  );
  expect(await playground.connect('queue-1', 'consumer-1')).toBe(
    'Connected queue-1 to consumer-1.',
  );
  await expect(
    playground.canvas.getByRole('group', { name: 'producer-1 sends to queue-1' }),
  ).toBeVisible();
  await expect(
    playground.canvas.getByRole('group', { name: 'queue-1 is read by consumer-1' }),
  ).toBeVisible();
  await playground.waitUntilLoaded();

  expect(await playground.nodes.queueCounts('queue-1')).toEqual({
    visible: 0,
    inFlight: 0,
    delayed: 0,
  });
  expect(await playground.nodes.consumerCounts('consumer-1')).toMatchObject({
    deleted: 0,
    failed: 0,
  });

  await playground.time.play();
  // The consumer long-polls, so a message is in flight as soon as it is sent: 1 s of work each.
  await playground.nodes.waitForQueue('queue-1', (c) => c.inFlight > 0 || c.visible > 0);
  await playground.nodes.waitForConsumer('consumer-1', (c) => c.jobs > 0);
  await playground.nodes.waitForConsumer('consumer-1', (c) => c.deleted >= 2);
  await playground.time.pause();

  const consumer = await playground.nodes.consumerCounts('consumer-1');
  expect(consumer.failed).toBe(0);
  expect(playground.errors).toEqual([]);
});
