import type { Locator } from '@playwright/test';

/**
 * Whether everything in `row` stands on one line: each of its visible children starts above the
 * point where every other one ends (a wrapped row has a child wholly below another).
 */
export async function staysOneRow(row: Locator): Promise<boolean> {
  return row.evaluate((el) => {
    const boxes = [...el.children]
      .map((child) => child.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.height > 0);
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
  });
}

/**
 * The text of each element a user cannot see whole: cut by the window's edge or by an ancestor
 * that clips or scrolls (a tab scrolled half out of its strip).
 */
export async function cutOff(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const inside = (c: { left: number; top: number; right: number; bottom: number }) =>
        r.left >= c.left - 0.5 &&
        r.right <= c.right + 0.5 &&
        r.top >= c.top - 0.5 &&
        r.bottom <= c.bottom + 0.5;
      let whole = inside({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
      for (let a = el.parentElement; a !== null && whole; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') whole = inside(a.getBoundingClientRect());
      return whole ? [] : [el.textContent ?? ''];
    }),
  );
}
