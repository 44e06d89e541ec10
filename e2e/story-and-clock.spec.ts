import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

// Long jumps and flat-out runs take wall time on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 60_000 };

/** Seconds on a "Time since start: 1 hour 2 minutes 3.250 seconds" label. */
function seconds(label: string): number {
  const part = (unit: string) => Number(new RegExp(`([\\d.]+) ${unit}`).exec(label)?.[1] ?? 0);
  return part('hour') * 3600 + part('minute') * 60 + part('second');
}

test('a jump shows its progress, Pause stops it where it is, and Play goes on from there', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.time.startJump('1 hour');
  await expect(playground.status).toHaveText('Jumping ahead');
  await expect(playground.jumpProgress).toBeVisible();
  // The clock moves while the jump runs.
  await expect
    .poll(async () => seconds(await playground.time.elapsedLabel()), slow)
    .toBeGreaterThan(60);
  const seen = await playground.time.pauseWhereSeen();
  await expect(playground.jumpProgress).toBeHidden();
  await expect(playground.clock).toHaveAccessibleName(seen);
  expect(seconds(seen)).toBeLessThan(3600);
  await page.waitForTimeout(500); // the only wait: proves nothing moves on its own
  await expect(playground.clock).toHaveAccessibleName(seen);

  await playground.time.play();
  await expect
    .poll(async () => seconds(await playground.time.elapsedLabel()), slow)
    .toBeGreaterThan(seconds(seen));
  expect(playground.errors).toEqual([]);
});

test('after Jump +10 min the Story tab tells every step of the scenario, newest in view', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.openScenario('Consumers scaling on queue depth');
  const story = (await playground.scenario()).narration ?? [];
  expect(story.length).toBeGreaterThan(3);
  await playground.time.jump('10 minutes');
  const steps = await playground.storySteps();
  await expect(steps).toHaveCount(story.length);
  for (const [i, step] of story.entries()) await expect(steps.nth(i)).toContainText(step.text);
  await expect(steps.last()).toHaveAttribute('aria-current', 'step');
  await expect(steps.last()).toBeInViewport();
});

test('as fast as possible the Story tab tells every step, in order, every time', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.expectScenarioName('Decoupling with a buffer');
  const story = (await playground.scenario()).narration ?? [];
  await playground.time.asFastAsPossible();
  await playground.time.play();
  const steps = await playground.storySteps();
  await expect(steps).toHaveCount(story.length, slow);
  await playground.time.pause();
  for (const [i, step] of story.entries()) await expect(steps.nth(i)).toContainText(step.text);
});

test('pause at 1000x stops the clock at the time the user saw', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.time.setSpeed(1000);
  await playground.time.play();
  await expect
    .poll(async () => seconds(await playground.time.elapsedLabel()), slow)
    .toBeGreaterThan(90);
  const seen = await playground.time.pauseWhereSeen();
  await expect(playground.clock).toHaveAccessibleName(seen);
});

test('Space plays and pauses after a click on a jump button, and on a focused node', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.time.jump('10 seconds'); // the button keeps the focus
  const after = seconds(await playground.time.elapsedLabel());
  await playground.pressSpace();
  await expect(playground.status).toHaveText('Running');
  await playground.pressSpace();
  await expect(playground.status).toHaveText('Paused');
  // Space did not jump again: at 1x, far less than another 10 s went by.
  expect(seconds(await playground.time.elapsedLabel())).toBeLessThan(after + 9);

  await playground.nodes.node('orders').focus();
  await playground.pressSpace();
  await expect(playground.status).toHaveText('Running');
  expect(await playground.selectedNodeId()).toBeUndefined();
  await playground.pressSpace();
  await expect(playground.status).toHaveText('Paused');
  expect(playground.errors).toEqual([]);
});
