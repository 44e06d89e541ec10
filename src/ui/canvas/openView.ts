import type { Rect } from './lanes';

/**
 * The lowest zoom a scenario opens at: node names (14 px) then render at 11.2 px or more.
 * A scenario too big for the canvas at this zoom opens with its top left in view and scrolls.
 */
export const READABLE_ZOOM = 0.8;
/** Never blow a small flow up past its natural size. */
const MAX_OPEN_ZOOM = 1;
const MARGIN = 16;

/**
 * The viewport a scenario opens with: the whole flow when it fits at a readable zoom, centred;
 * otherwise the readable zoom, with the flow's left (and top) edge in view.
 */
export function openViewport(
  bounds: Rect | undefined,
  canvas: { width: number; height: number },
): { x: number; y: number; zoom: number } {
  if (bounds === undefined || canvas.width <= 0 || canvas.height <= 0)
    return { x: 0, y: 0, zoom: 1 };
  const room = { width: canvas.width - 2 * MARGIN, height: canvas.height - 2 * MARGIN };
  const fit = Math.min(room.width / bounds.width, room.height / bounds.height);
  const zoom = Math.max(READABLE_ZOOM, Math.min(MAX_OPEN_ZOOM, fit));
  const along = (size: number, start: number, space: number) =>
    size * zoom <= space - 2 * MARGIN
      ? (space - size * zoom) / 2 - start * zoom
      : MARGIN - start * zoom;
  return {
    x: along(bounds.width, bounds.x, canvas.width),
    y: along(bounds.height, bounds.y, canvas.height),
    zoom,
  };
}
