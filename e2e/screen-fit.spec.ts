import { expect, test } from '@playwright/test';
import { overlaps, measureCanvas } from './pages/CanvasGeometry';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { cutOff, staysOneRow } from './pages/ScreenFit';

/** A small laptop, a common laptop, and a projector. */
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

for (const screen of SCREENS) {
  test.describe(`${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('the top bar keeps to its rows, every tab shows whole, notices leave the nodes free', async ({
      page,
    }) => {
      const playground = new PlaygroundPage(page);
      await playground.goto();
      await playground.openScenario('DLQ catching a poison message');

      expect(await staysOneRow(playground.heading.locator('..')), 'title row wraps').toBe(true);
      expect(await staysOneRow(playground.timeControls), 'time controls wrap').toBe(true);
      const tabs = playground.sidePanel.getByRole('tab');
      await expect(tabs).toHaveCount(4);
      expect(await cutOff(tabs)).toEqual([]);
      expect(await cutOff(playground.documentToolbar().getByRole('button'))).toEqual([]);
      expect(await playground.pageOverflows()).toEqual({ width: false, height: false });

      // "Opened …" is on screen now: it lies over the details panel, not over a node.
      const notice = playground.infoNotices.getByRole('region', { name: /^Opened / });
      const box = await notice.boundingBox();
      if (box === null) throw new Error('No "Opened …" notice');
      const noticeBox = {
        name: 'notice',
        left: box.x,
        top: box.y,
        right: box.x + box.width,
        bottom: box.y + box.height,
      };
      expect(overlaps([noticeBox], (await measureCanvas(page)).nodes)).toEqual([]);
      expect(playground.errors).toEqual([]);
    });
  });
}
