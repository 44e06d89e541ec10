import type { NodeType, Scenario, ScenarioNode } from '../../engine';
import { nodeKind, type PaletteItem } from '../plugins/registry';
import type { Rect } from './lanes';

/** Grid the free-spot search walks: senders left, resources in the middle, readers right. */
const CELL = { x: 300, y: 200 };
/** A node is about this big; a spot is free when no node starts this close to it. */
const CLEARANCE = { x: 240, y: 160 };

/**
 * A new node with the settings its palette entry starts with (the engine's validator accepts
 * them as they are).
 */
export function createNode(
  scenario: Pick<Scenario, 'nodes'>,
  item: PaletteItem,
  position?: { x: number; y: number },
  area?: Rect,
): ScenarioNode {
  const id = uniqueId(scenario, nodeKind(item.type)?.idPrefix ?? item.type);
  return {
    id,
    type: item.type,
    position: position ?? freeSpot(scenario, item.type, area),
    config: item.config(scenario),
  };
}

function uniqueId(scenario: Pick<Scenario, 'nodes'>, prefix: string): string {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  let i = 1;
  while (ids.has(`${prefix}-${i}`)) i++;
  return `${prefix}-${i}`;
}

/**
 * A free spot for a new node. In the area the canvas shows (when known): the first free grid
 * cell that fits in it, the type's column first. Else the first grid cell in the type's column
 * (then further right) that no node covers.
 */
export function freeSpot(
  scenario: Pick<Scenario, 'nodes'>,
  type: NodeType,
  area?: Rect,
): { x: number; y: number } {
  const taken = (x: number, y: number) =>
    scenario.nodes.some(
      (n) => Math.abs(n.position.x - x) < CLEARANCE.x && Math.abs(n.position.y - y) < CLEARANCE.y,
    );
  if (area !== undefined) return spotInArea(area, type, taken) ?? crowdedSpot(scenario, area);
  for (let band = 0; band < 50; band++) {
    const x = (column(type) + band * 3) * CELL.x;
    for (let row = 0; row < 8; row++) {
      const y = row * CELL.y;
      if (!taken(x, y)) return { x, y };
    }
  }
  return { x: 0, y: scenario.nodes.length * CELL.y };
}

/** A crowded view: its middle, stepped aside from nodes already there, beats off screen. */
function crowdedSpot(scenario: Pick<Scenario, 'nodes'>, area: Rect): { x: number; y: number } {
  const middle = {
    x: Math.round(area.x + area.width / 2 - CLEARANCE.x / 2),
    y: Math.round(area.y + area.height / 2 - CLEARANCE.y / 2),
  };
  const used = (x: number, y: number) =>
    scenario.nodes.some((n) => Math.abs(n.position.x - x) < 20 && Math.abs(n.position.y - y) < 20);
  let step = 0;
  while (step < 50 && used(middle.x + step * 24, middle.y + step * 24)) step++;
  return { x: middle.x + step * 24, y: middle.y + step * 24 };
}

function spotInArea(
  area: Rect,
  type: NodeType,
  taken: (x: number, y: number) => boolean,
): { x: number; y: number } | undefined {
  const first = { x: Math.ceil(area.x / CELL.x), y: Math.ceil(area.y / CELL.y) };
  const last = {
    x: Math.floor((area.x + area.width - CLEARANCE.x) / CELL.x),
    y: Math.floor((area.y + area.height - CLEARANCE.y) / CELL.y),
  };
  const columns: number[] = [];
  for (let c = first.x; c <= last.x; c++) columns.push(c);
  // The type's own column (producers left, readers right) first, then the nearest others.
  const home = first.x + Math.min(column(type), Math.max(0, last.x - first.x));
  columns.sort((a, b) => Math.abs(a - home) - Math.abs(b - home));
  for (const c of columns)
    for (let r = first.y; r <= last.y; r++)
      if (!taken(c * CELL.x, r * CELL.y)) return { x: c * CELL.x, y: r * CELL.y };
  return undefined;
}

/** The dataTransfer type a palette item carries while dragged onto the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-playground-node';

const column = (type: NodeType) => nodeKind(type)?.column ?? 1;
