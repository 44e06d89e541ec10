import { isRecord } from '../actors/config';
import type { ScenarioLane, ScenarioNode } from './types';

/** The longest lane title: a frame's heading, not a paragraph. */
export const LANE_TITLE_MAX = 80;

/**
 * Lanes are optional (links made before lanes existed still open): a list of {title, nodes},
 * each node id known and in at most one lane.
 */
export function checkLanes(value: unknown, nodes: ScenarioNode[], problems: string[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.push('lanes must be a list.');
    return;
  }
  const known = new Set(nodes.map((n) => n.id));
  const laneOf = new Map<string, number>();
  value.forEach((raw: unknown, i) => {
    const where = `lanes[${i}]`;
    if (!isRecord(raw)) return problems.push(`${where} must be an object.`);
    const extra = Object.keys(raw).find((k) => k !== 'title' && k !== 'nodes');
    if (extra !== undefined) problems.push(`${where} has an unknown member "${extra}".`);
    const { title, nodes: members } = raw as Partial<Record<keyof ScenarioLane, unknown>>;
    if (typeof title !== 'string' || title.trim() === '' || title.length > LANE_TITLE_MAX)
      problems.push(`${where}: title must be 1 to ${LANE_TITLE_MAX} characters.`);
    if (!Array.isArray(members) || members.some((m) => typeof m !== 'string'))
      return problems.push(`${where}: nodes must be a list of node ids.`);
    for (const id of members as string[]) {
      if (!known.has(id)) problems.push(`${where}: no node has the id "${id}".`);
      else if (laneOf.has(id))
        problems.push(`${where}: node "${id}" is already in lanes[${laneOf.get(id)}].`);
      else laneOf.set(id, i);
    }
  });
}
