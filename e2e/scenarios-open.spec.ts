import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SQS_SCENARIOS as BUILT_IN_SCENARIOS } from '../src/services/sqs/scenarios';
import { measureCanvas, overlaps, type CanvasGeometry } from './pages/CanvasGeometry';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** Screenshots to look at (not committed): every built-in scenario as it opens. */
const SHOTS = join('test-results', 'scenarios-open');

const SCREENS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

/** The view settles once React Flow has measured the nodes and the fit has run. */
async function settledGeometry(page: Page): Promise<CanvasGeometry> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await measureCanvas(page));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as CanvasGeometry;
}

for (const screen of SCREENS) {
  test.describe(`${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });
    // Two shared cores: opening and settling a scenario can take a while under load.
    test.setTimeout(90_000);

    // The registry, not a list: scenarios added later are checked too.
    for (const built of BUILT_IN_SCENARIOS) {
      test(`"${built.scenario.name}" opens readable, no node under a panel or another node`, async ({
        page,
      }) => {
        const playground = new PlaygroundPage(page);
        await playground.goto();
        await playground.openScenario(built.scenario.name);
        await playground.dismissNotices();
        await expect(playground.nodes.all()).toHaveCount(built.scenario.nodes.length);
        const g = await settledGeometry(page);

        expect(overlaps(g.nodes, g.panels), 'nodes under a side panel').toEqual([]);
        expect(overlaps(g.nodes, g.nodes), 'nodes on top of each other').toEqual([]);
        // Opened with every column in view: no node cut at the canvas's left or right edge, and
        // the flow starts at the top (taller flows continue below: scroll to see them).
        const cut = g.nodes.filter((n) => n.left < g.canvas.left || n.right > g.canvas.right);
        expect(cut.map((n) => n.name)).toEqual([]);
        expect(Math.min(...g.nodes.map((n) => n.top))).toBeGreaterThanOrEqual(g.canvas.top);
        const small = g.nameSizes.filter((s) => s.px < 11);
        expect(small, `node names under 11 px at zoom ${g.zoom}`).toEqual([]);
        test.info().annotations.push({
          type: 'text size',
          description: `zoom ${g.zoom.toFixed(2)}; names ${Math.min(...g.nameSizes.map((s) => s.px)).toFixed(1)} px; smallest node text ${g.smallestTextPx.toFixed(1)} px`,
        });
        expect(playground.errors).toEqual([]);
        mkdirSync(SHOTS, { recursive: true });
        writeFileSync(
          join(SHOTS, `${built.id}-${screen.width}x${screen.height}.png`),
          await page.screenshot({ timeout: 30_000 }),
        );
      });
    }
  });
}
