import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('renaming the reply queue keeps the replies coming; handles and badges say what they are', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.openScenario('Request–response with a reply queue');

  // Hovering tells what a lesson badge teaches and what a handle connects.
  await expect(playground.sidePanel.getByText('L21', { exact: true }).first()).toHaveAttribute(
    'title',
    'Lesson 21: Request–response: ReplyTo and CorrelationId',
  );
  const reply = 'Drag to connect: replies go to a reply queue (request–response)';
  await expect(playground.nodes.node('pricing-service').getByTitle(reply)).toHaveCount(1);
  // The listener sends no replies: no reply handle to clutter it.
  await expect(playground.nodes.node('web-api-listener').getByTitle(reply)).toHaveCount(0);

  await playground.nodes.selectNode('web-api-replies');
  const inspector = await playground.openTab('Inspector');
  const name = inspector.getByRole('textbox', { name: 'QueueName' });
  await name.fill('quote-answers');
  await name.press('Enter');
  await expect(playground.nodes.node('quote-answers')).toBeVisible();
  const producer = (await playground.scenario()).nodes.find((n) => n.id === 'web-api');
  expect(producer?.config.MessageAttributes).toMatchObject({ ReplyTo: 'quote-answers' });

  await playground.time.jump('1 minute');
  await playground.nodes.waitForConsumer('web-api-listener', (c) => c.deleted === 3);
  expect(playground.errors).toEqual([]);
});
