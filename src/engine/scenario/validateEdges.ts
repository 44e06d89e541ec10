import { isRecord } from '../actors/config';
import type { Registry } from '../registry';
import type { ScenarioEdge, ScenarioNode } from './types';

/** Edges as their kinds allow: the node types they join, the numbers and settings they carry. */
export function checkEdges(
  registry: Registry,
  value: unknown,
  nodes: ScenarioNode[],
  problems: string[],
): ScenarioEdge[] {
  if (!Array.isArray(value)) {
    problems.push('edges must be a list.');
    return [];
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const types = registry.edgeTypes();
  // Every number some edge kind carries, with the kinds that carry it.
  const carriedBy = new Map<string, string[]>();
  for (const type of types)
    for (const { name } of registry.edgeKind(type)?.counts ?? [])
      carriedBy.set(name, [...(carriedBy.get(name) ?? []), type]);
  const ids = new Set<string>();
  const edges: ScenarioEdge[] = [];
  value.forEach((raw, i) => {
    const where = `edges[${i}]`;
    if (!isRecord(raw)) return problems.push(`${where} must be an object.`);
    const extra = Object.keys(raw).find(
      (k) => !['id', 'source', 'target', 'type', 'config'].includes(k) && !carriedBy.has(k),
    );
    if (extra !== undefined) problems.push(`${where} has an unknown member "${extra}".`);
    const { id, source, target, type } = raw;
    if (typeof id !== 'string' || id === '') return problems.push(`${where} needs an id.`);
    if (ids.has(id)) problems.push(`${where}: edge id "${id}" is used twice.`);
    ids.add(id);
    const kind = typeof type === 'string' ? registry.edgeKind(type) : undefined;
    if (kind === undefined) {
      return problems.push(
        `edge ${id}: type must be one of ${types.join(', ')} (got ${JSON.stringify(type)}).`,
      );
    }
    const from = typeof source === 'string' ? byId.get(source) : undefined;
    const to = typeof target === 'string' ? byId.get(target) : undefined;
    if (from === undefined || to === undefined) {
      return problems.push(
        `edge ${id}: source and target must be node ids (got ${JSON.stringify(source)} → ${JSON.stringify(target)}).`,
      );
    }
    if (!kind.from.includes(from.type) || !kind.to.includes(to.type)) {
      return problems.push(
        `edge ${id}: a ${kind.type} edge goes from ${kind.from.join('/')} to ${kind.to.join('/')}, not ${from.type} → ${to.type}.`,
      );
    }
    const numbers: Record<string, number> = {};
    const own = kind.counts ?? [];
    for (const { name, min, max } of own) {
      const n = raw[name];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
        problems.push(
          `edge ${id}: ${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(n)}).`,
        );
      } else numbers[name] = n;
    }
    for (const [name, kinds] of carriedBy)
      if (raw[name] !== undefined && !own.some((c) => c.name === name))
        problems.push(`edge ${id}: ${name} belongs on ${kinds.join('/')} edges only.`);
    const config = raw.config;
    if (config !== undefined && kind.settings === undefined)
      problems.push(`edge ${id}: a ${kind.type} edge has no settings (no config).`);
    else if (config !== undefined && !isRecord(config))
      problems.push(`edge ${id}: config must be an object.`);
    else if (config !== undefined) kind.checkConfig?.({ id, config }, problems);
    edges.push({
      id,
      source: from.id,
      target: to.id,
      type: kind.type as ScenarioEdge['type'],
      ...numbers,
      ...(isRecord(config) ? { config } : {}),
    });
  });
  return edges;
}
