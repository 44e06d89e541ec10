import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test("the partner's send fails with the AWS managed key and succeeds after switching to a customer managed key", async ({
  page,
}) => {
  test.slow(); // two jumps and a live edit of the world: well past 30 s on a busy 2-core machine
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.openScenario('Security: encryption and access policies');

  // 0–10 s: the queue policy lets the partner in (2 s), but alias/aws/sqs refuses its data key.
  await playground.time.jump('10 seconds');
  await playground.searchEvents('partner');
  const refused = playground.eventLine(/partner: send failed with KmsAccessDenied/);
  await expect(refused).toHaveCount(2);
  await expect(refused.first()).toContainText('kms:GenerateDataKey');
  await expect(playground.eventLine(/sent to payments by partner/)).toHaveCount(0);

  // Switch payments to the customer managed key whose policy grants the partner.
  await playground.nodes.selectNode('payments');
  expect(await (await playground.inspectorField('KmsMasterKeyId')).inputValue()).toBe(
    'alias/aws/sqs',
  );
  await playground.setInspectorField('KmsMasterKeyId', 'alias/payments-partner');
  await expect(await playground.inspectorField('KmsMasterKeyId')).toHaveAttribute(
    'aria-invalid',
    'false',
  );

  // 10–20 s: the sends at 12, 16 and 20 s go through; no new refusal.
  await playground.time.jump('10 seconds');
  await expect(playground.eventLine(/sent to payments by partner/)).toHaveCount(3);
  await expect(refused).toHaveCount(2);
  expect(playground.errors).toEqual([]);
});
