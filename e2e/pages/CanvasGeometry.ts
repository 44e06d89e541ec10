import type { Page } from '@playwright/test';

export interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a screen shows of the canvas at this moment: boxes in CSS pixels, text sizes as drawn. */
export interface CanvasGeometry {
  canvas: Box;
  panels: Box[];
  nodes: Box[];
  /** Each node's name: its font size times the canvas zoom (the px a reader sees). */
  nameSizes: { name: string; px: number }[];
  /** The smallest text anywhere in a node, as drawn (for the record). */
  smallestTextPx: number;
  zoom: number;
}

/** Measures the canvas, the side panels and every node, in the page. */
export async function measureCanvas(page: Page): Promise<CanvasGeometry> {
  return page.evaluate(() => {
    const box = (name: string, el: Element) => {
      const r = el.getBoundingClientRect();
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = viewport === null ? 1 : new DOMMatrix(getComputedStyle(viewport).transform).a;
    const canvas = document.querySelector('[role="application"]');
    const panels = [
      document.querySelector('section[aria-labelledby="palette-title"]'),
      document.querySelector('section[aria-label="Details"]')?.closest('aside') ?? null,
    ].flatMap((el, i) => (el === null ? [] : [box(i === 0 ? 'palette' : 'details', el)]));
    const nodeEls = [...document.querySelectorAll('[aria-roledescription="node"]')];
    const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? '').split(',')[0] ?? '';
    let smallest = Infinity;
    for (const el of nodeEls)
      for (const t of el.querySelectorAll('*'))
        if ([...t.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== ''))
          smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * zoom);
    return {
      canvas: box('canvas', canvas ?? document.body),
      panels,
      nodes: nodeEls.map((el) => box(nameOf(el), el)),
      nameSizes: nodeEls.map((el) => {
        const title = el.querySelector(`[title="${CSS.escape(nameOf(el))}"]`) ?? el;
        return { name: nameOf(el), px: parseFloat(getComputedStyle(title).fontSize) * zoom };
      }),
      smallestTextPx: smallest,
      zoom,
    };
  });
}

/** Pairs of boxes that overlap (by more than a rounding pixel). */
export function overlaps(a: readonly Box[], b: readonly Box[]): string[] {
  const found: string[] = [];
  for (const x of a)
    for (const y of b) {
      if (x === y) continue;
      const w = Math.min(x.right, y.right) - Math.max(x.left, y.left);
      const h = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
      if (w > 1 && h > 1 && !found.includes(`${y.name} / ${x.name}`))
        found.push(`${x.name} / ${y.name}`);
    }
  return found;
}
