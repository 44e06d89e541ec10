import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the inspector refuses an out-of-range VisibilityTimeout with the AWS error', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.nodes.selectNode('orders');
  const field = await playground.inspectorField('VisibilityTimeout');
  const before = await field.inputValue();

  await playground.setInspectorField('VisibilityTimeout', '43201');
  const error = await playground.inspectorError('VisibilityTimeout');
  await expect(error).toHaveText(
    'InvalidAttributeValue: Invalid value for the parameter VisibilityTimeout.',
  );
  await expect(error).toHaveRole('alert');
  // Refused: the document keeps its value.
  const queue = (await playground.scenario()).nodes.find((n) => n.id === 'orders');
  const attributes = (queue?.config.Attributes ?? {}) as Record<string, string>;
  expect(attributes.VisibilityTimeout ?? '').toBe(before);

  // The upper bound itself is accepted, and the error goes away.
  await playground.setInspectorField('VisibilityTimeout', '43200');
  await expect(await playground.inspectorField('VisibilityTimeout')).toHaveAttribute(
    'aria-invalid',
    'false',
  );
  await expect(playground.nodes.node('orders')).toContainText('43200 s');
  expect(playground.errors).toEqual([]);
});
