import type { Scenario } from '../../engine';

export type Rect = { x: number; y: number; width: number; height: number };

/** A node the canvas has not measured yet is about this big (NodeShell is w-56). */
export const NODE_SIZE_GUESS = { width: 224, height: 160 };

/** Room around a lane's nodes, and above them for its title. */
const PAD = 12;
const TITLE = 30;

export interface LaneFrame extends Rect {
  title: string;
}

/**
 * Each lane's frame: the box around its nodes (where they are now, at their measured size) plus
 * room for the title. Frames follow their nodes, so a moved node never leaves its lane behind.
 */
export function laneFrames(
  scenario: Pick<Scenario, 'nodes' | 'lanes'>,
  positionOf: (id: string, at: { x: number; y: number }) => { x: number; y: number },
  sizeOf: (id: string) => { width: number; height: number } | undefined,
): LaneFrame[] {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  return (scenario.lanes ?? []).flatMap((lane) => {
    const boxes = lane.nodes.flatMap((id) => {
      const node = byId.get(id);
      if (node === undefined) return [];
      const at = positionOf(id, node.position);
      return [{ ...at, ...(sizeOf(id) ?? NODE_SIZE_GUESS) }];
    });
    const box = union(boxes);
    if (box === undefined) return [];
    return [
      {
        title: lane.title,
        x: box.x - PAD,
        y: box.y - PAD - TITLE,
        width: box.width + 2 * PAD,
        height: box.height + 2 * PAD + TITLE,
      },
    ];
  });
}

export function union(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The scenario without the given nodes in its lanes; a lane left empty goes too. */
export function dropFromLanes(scenario: Scenario, gone: ReadonlySet<string>): Scenario {
  if (scenario.lanes === undefined) return scenario;
  const { lanes, ...rest } = scenario;
  const kept = lanes
    .map((l) => ({ ...l, nodes: l.nodes.filter((id) => !gone.has(id)) }))
    .filter((l) => l.nodes.length > 0);
  return kept.length > 0 ? { ...rest, lanes: kept } : rest;
}
