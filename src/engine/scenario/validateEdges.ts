import { isRecord } from '../actors/config';
import { EDGE_TYPES, type ScenarioEdge, type ScenarioNode } from './types';

/** Which node types each edge type may join: [source types, target types]. */
const ENDS: Record<string, [string[], string[]]> = {
  'sends-to': [['producer'], ['sqs-queue']],
  'consumes-from': [['sqs-queue'], ['consumer', 'lambda-sqs', 'autoscaling-consumers']],
  triggers: [['sqs-queue'], ['lambda-sqs']],
  'dead-letter': [['sqs-queue'], ['sqs-queue']],
  'replies-to': [['consumer'], ['sqs-queue']],
};

export function checkEdges(
  value: unknown,
  nodes: ScenarioNode[],
  problems: string[],
): ScenarioEdge[] {
  if (!Array.isArray(value)) {
    problems.push('edges must be a list.');
    return [];
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ids = new Set<string>();
  const edges: ScenarioEdge[] = [];
  value.forEach((raw, i) => {
    const where = `edges[${i}]`;
    if (!isRecord(raw)) return problems.push(`${where} must be an object.`);
    const extra = Object.keys(raw).find(
      (k) => !['id', 'source', 'target', 'type', 'maxReceiveCount'].includes(k),
    );
    if (extra !== undefined) problems.push(`${where} has an unknown member "${extra}".`);
    const { id, source, target, type } = raw;
    if (typeof id !== 'string' || id === '') return problems.push(`${where} needs an id.`);
    if (ids.has(id)) problems.push(`${where}: edge id "${id}" is used twice.`);
    ids.add(id);
    if (typeof type !== 'string' || !(EDGE_TYPES as readonly string[]).includes(type)) {
      return problems.push(
        `edge ${id}: type must be one of ${EDGE_TYPES.join(', ')} (got ${JSON.stringify(type)}).`,
      );
    }
    const from = typeof source === 'string' ? byId.get(source) : undefined;
    const to = typeof target === 'string' ? byId.get(target) : undefined;
    if (from === undefined || to === undefined) {
      return problems.push(
        `edge ${id}: source and target must be node ids (got ${JSON.stringify(source)} → ${JSON.stringify(target)}).`,
      );
    }
    const [sources, targets] = ENDS[type] ?? [[], []];
    if (!sources.includes(from.type) || !targets.includes(to.type)) {
      return problems.push(
        `edge ${id}: a ${type} edge goes from ${sources.join('/')} to ${targets.join('/')}, not ${from.type} → ${to.type}.`,
      );
    }
    const edge: ScenarioEdge = {
      id,
      source: from.id,
      target: to.id,
      type: type as ScenarioEdge['type'],
    };
    if (type === 'dead-letter') {
      const max = raw.maxReceiveCount;
      if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > 1000) {
        problems.push(
          `edge ${id}: maxReceiveCount must be a whole number from 1 to 1000 (got ${JSON.stringify(max)}).`,
        );
      } else edge.maxReceiveCount = max as number;
    } else if (raw.maxReceiveCount !== undefined)
      problems.push(`edge ${id}: maxReceiveCount belongs on dead-letter edges only.`);
    edges.push(edge);
  });
  checkWiring(nodes, edges, problems);
  return edges;
}

function checkWiring(nodes: ScenarioNode[], edges: ScenarioEdge[], problems: string[]): void {
  for (const node of nodes) {
    if (node.type === 'sqs-queue') {
      if (edges.filter((e) => e.type === 'dead-letter' && e.source === node.id).length > 1) {
        problems.push(`node ${node.id}: a queue has at most one dead-letter queue.`);
      }
      continue;
    }
    // An actor without an edge is allowed: it sits idle (isUnconnectedActor) while the rest runs.
    const own = edges.filter((e) =>
      node.type === 'producer'
        ? e.source === node.id && e.type === 'sends-to'
        : e.target === node.id,
    );
    if (own.length > 1)
      problems.push(
        `node ${node.id}: a ${node.type} works with one queue, but has ${own.length} edges.`,
      );
  }
  // Redrive chains must end: a queue cannot be its own dead-letter queue, even through others.
  const dlq = new Map(
    edges.filter((e) => e.type === 'dead-letter').map((e) => [e.source, e.target]),
  );
  for (const start of dlq.keys()) {
    const seen = new Set([start]);
    for (let at = dlq.get(start); at !== undefined; at = dlq.get(at)) {
      if (seen.has(at)) {
        problems.push(`queue ${start}: its dead-letter edges form a loop.`);
        break;
      }
      seen.add(at);
    }
  }
}
