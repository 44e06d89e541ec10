import type { Rect } from './lanes';

/**
 * The part of the flow the canvas shows (flow coordinates), kept by the one Canvas as the view
 * moves, so the palette, outside React Flow, can place a new node where the user is looking.
 */
let current: Rect | undefined;

export function setVisibleArea(area: Rect | undefined): void {
  current = area;
}

export function visibleArea(): Rect | undefined {
  return current;
}
