import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the DLQ scenario moves the poison message to the dead-letter queue', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.openScenario('DLQ catching a poison message');
  // The redrive edge, labelled with maxReceiveCount (a vertical edge has an empty box: attached).
  await expect(
    playground.canvas.getByRole('group', {
      name: 'orders has dead-letter queue orders-dlq, maxReceiveCount 3',
    }),
  ).toBeAttached();
  await expect(
    playground.canvas.getByRole('button', {
      name: 'Dead-letter queue after 3 receives. Change maxReceiveCount',
    }),
  ).toBeVisible();
  expect(await playground.nodes.queueCounts('orders-dlq')).toMatchObject({ visible: 0 });

  // Three failed receives, 10 s visibility timeout each: the move happens at 32.5 s of virtual
  // time, and the redrive back to orders at 65 s. Jump 10 s at a time until the DLQ holds it.
  for (let jumps = 0; jumps < 6; jumps++) {
    if ((await playground.nodes.queueCounts('orders-dlq')).visible === 1) break;
    await playground.time.jump('10 seconds');
  }
  expect(await playground.nodes.queueCounts('orders-dlq')).toEqual({
    visible: 1,
    inFlight: 0,
    delayed: 0,
  });

  await playground.searchEvents('dead-letter queue');
  const moved = playground.eventLine(/moved from orders to dead-letter queue orders-dlq/);
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText(
    'received 3 times, another receive would exceed maxReceiveCount 3',
  );
  expect(playground.errors).toEqual([]);
});
