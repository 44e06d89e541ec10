import { describe, expect, it } from 'vitest';
import { openViewport, READABLE_ZOOM } from './openView';

describe('the view a scenario opens with', () => {
  it('shows a small flow whole, centred, at no more than its natural size', () => {
    const v = openViewport({ x: 0, y: 0, width: 400, height: 200 }, { width: 1000, height: 600 });
    expect(v).toEqual({ x: 300, y: 200, zoom: 1 });
  });

  it('zooms out to fit a flow a little too big', () => {
    const v = openViewport({ x: 0, y: 0, width: 1100, height: 300 }, { width: 1032, height: 600 });
    expect(v.zoom).toBeCloseTo(1000 / 1100);
  });

  it('stops at a readable zoom: a tall flow opens with its top in view, to scroll down', () => {
    const v = openViewport(
      { x: -20, y: -40, width: 800, height: 1000 },
      { width: 900, height: 500 },
    );
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x).toBeCloseTo((900 - 800 * READABLE_ZOOM) / 2 + 20 * READABLE_ZOOM);
    expect(v.y).toBeCloseTo(16 + 40 * READABLE_ZOOM);
  });
});
