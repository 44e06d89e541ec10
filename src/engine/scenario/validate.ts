import { AwsError } from '../core/errors';
import { isRecord } from '../actors/config';
import { narrationProblem, scriptStepProblem } from '../actors/script';
import type { Registry } from '../registry';
import type { Scenario, ScenarioNode, ValidationResult } from './types';
import { checkEdges } from './validateEdges';
import { checkLanes } from './validateLanes';

const MEMBERS = [
  'version',
  'name',
  'description',
  'seed',
  'lessons',
  'nodes',
  'edges',
  'script',
  'narration',
  'lanes',
];

/**
 * Checks an untrusted scenario (a share link, a file) and returns it typed, or every problem
 * found, each naming where it is. Actor configs are checked by the actors' own validators.
 */
export function validateScenarioWith(registry: Registry, value: unknown): ValidationResult {
  const problems: string[] = [];
  if (!isRecord(value)) return { ok: false, problems: ['A scenario must be a JSON object.'] };
  const members = registry.scenarioMembers();
  const extra = Object.keys(value).filter((k) => !MEMBERS.includes(k) && !members.has(k));
  if (extra.length > 0) problems.push(`Unknown top-level members: ${extra.join(', ')}.`);
  if (value.version !== 1)
    problems.push(`version must be 1 (got ${JSON.stringify(value.version)}).`);
  if (typeof value.name !== 'string' || value.name === '')
    problems.push('name must be a non-empty string.');
  if (typeof value.description !== 'string') problems.push('description must be a string.');
  const seed = value.seed;
  if (!Number.isInteger(seed) || (seed as number) < 0 || (seed as number) > 0xffffffff)
    problems.push(
      `seed must be a whole number from 0 to 4294967295 (got ${JSON.stringify(seed)}).`,
    );
  const lessons = value.lessons ?? [];
  if (!Array.isArray(lessons) || lessons.some((l) => typeof l !== 'string' || !/^L\d+$/.test(l)))
    problems.push('lessons must be a list of lesson ids like "L10".');
  for (const [member, check] of members) problems.push(...check(value[member]));
  const nodes = checkNodes(registry, value.nodes, problems);
  const edges = checkEdges(registry, value.edges ?? [], nodes, problems);
  for (const plugin of registry.plugins) plugin.scenario?.check?.({ nodes, edges }, problems);
  checkLanes(value.lanes, nodes, problems);
  for (const [key, check] of [
    ['script', scriptStepProblem],
    ['narration', narrationProblem],
  ] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) problems.push(`${key} must be a list.`);
    else
      list.forEach((item, i) => {
        const wrong = isRecord(item) ? check(item) : 'must be an object';
        if (wrong !== undefined) problems.push(`${key}[${i}] ${wrong}.`);
      });
  }
  if (problems.length === 0) {
    for (const node of nodes) checkActorConfig(registry, { nodes, edges }, node, problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: JSON.parse(JSON.stringify(value)) as Scenario };
}

function checkNodes(registry: Registry, value: unknown, problems: string[]): ScenarioNode[] {
  if (!Array.isArray(value)) {
    problems.push('nodes must be a list.');
    return [];
  }
  const ids = new Set<string>();
  const nodes: ScenarioNode[] = [];
  value.forEach((raw, i) => {
    const where = `nodes[${i}]`;
    if (!isRecord(raw)) return problems.push(`${where} must be an object.`);
    const extra = Object.keys(raw).find((k) => !['id', 'type', 'position', 'config'].includes(k));
    if (extra !== undefined) problems.push(`${where} has an unknown member "${extra}".`);
    const { id, type, position, config } = raw;
    if (typeof id !== 'string' || !/^[A-Za-z0-9._-]{1,80}$/.test(id))
      return problems.push(`${where}: id must be 1 to 80 letters, digits, '.', '_' or '-'.`);
    if (ids.has(id)) problems.push(`${where}: node id "${id}" is used twice.`);
    ids.add(id);
    const kind = typeof type === 'string' ? registry.nodeKind(type) : undefined;
    if (kind === undefined) {
      return problems.push(
        `node ${id}: type must be one of ${registry.nodeTypes().join(', ')} (got ${JSON.stringify(type)}).`,
      );
    }
    if (!isRecord(position) || !Number.isFinite(position.x) || !Number.isFinite(position.y))
      problems.push(`node ${id}: position must be {x, y} numbers.`);
    if (!isRecord(config)) return problems.push(`node ${id}: config must be an object.`);
    const node = { id, type: kind.type, position: { x: 0, y: 0 }, config };
    kind.checkConfig?.(node, problems);
    nodes.push(node);
  });
  return nodes;
}

/** Runs the actor's own config check with its wiring filled in as the loader will. */
function checkActorConfig(
  registry: Registry,
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  node: ScenarioNode,
  problems: string[],
): void {
  const kind = registry.nodeKind(node.type);
  if (kind?.role !== 'actor' || kind.configure === undefined) return;
  const edge = kind.connection?.(scenario, node);
  const wiring = kind.wiring?.(node, edge, scenario, undefined) ?? {};
  // Without an edge, the config's own members win (what it names itself is checked); an
  // unconnected actor is checked as if wired, as its settings still matter once it is.
  try {
    kind.configure(
      edge === undefined ? { ...wiring, ...node.config } : { ...node.config, ...wiring },
    );
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    problems.push(`node ${node.id}: ${error.message}`);
  }
}
