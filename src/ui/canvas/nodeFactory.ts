import type { NodeType, Scenario, ScenarioNode } from '../../engine';
import type { Rect } from './lanes';

/** One entry of the palette: what it adds and how it reads. */
export interface PaletteItem {
  key: string;
  label: string;
  type: NodeType;
  fifo?: boolean;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { key: 'producer', label: 'Producer', type: 'producer' },
  { key: 'queue', label: 'SQS queue (standard)', type: 'sqs-queue' },
  { key: 'queue-fifo', label: 'SQS queue (FIFO)', type: 'sqs-queue', fifo: true },
  { key: 'consumer', label: 'Consumer', type: 'consumer' },
  { key: 'lambda', label: 'Lambda function', type: 'lambda-sqs' },
  { key: 'autoscaling', label: 'Autoscaling consumer group', type: 'autoscaling-consumers' },
];

const ID_PREFIX: Record<NodeType, string> = {
  producer: 'producer',
  'sqs-queue': 'queue',
  consumer: 'consumer',
  'lambda-sqs': 'function',
  'autoscaling-consumers': 'consumer-group',
};

/** Grid the free-spot search walks: producers left, queues in the middle, readers right. */
const COLUMN: Record<NodeType, number> = {
  producer: 0,
  'sqs-queue': 1,
  consumer: 2,
  'lambda-sqs': 2,
  'autoscaling-consumers': 2,
};
const CELL = { x: 300, y: 200 };
/** A node is about this big; a spot is free when no node starts this close to it. */
const CLEARANCE = { x: 240, y: 160 };

/**
 * A new node with settings the engine's validator accepts as they are. Queue names are unique
 * and valid ([AWS CreateQueue] 1–80 characters; a FIFO name ends in ".fifo").
 */
export function createNode(
  scenario: Pick<Scenario, 'nodes'>,
  item: PaletteItem,
  position?: { x: number; y: number },
  area?: Rect,
): ScenarioNode {
  const id = uniqueId(scenario, ID_PREFIX[item.type]);
  return {
    id,
    type: item.type,
    position: position ?? freeSpot(scenario, item.type, area),
    config: defaultConfig(scenario, item),
  };
}

function defaultConfig(
  scenario: Pick<Scenario, 'nodes'>,
  item: PaletteItem,
): Record<string, unknown> {
  switch (item.type) {
    case 'sqs-queue':
      return item.fifo === true
        ? {
            QueueName: uniqueQueueName(scenario, 'jobs', '.fifo'),
            // [AWS] FIFO needs FifoQueue=true; content-based deduplication spares producers a dedup ID.
            Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' },
          }
        : {
            QueueName: uniqueQueueName(scenario, 'queue', ''),
            Attributes: { VisibilityTimeout: '30' },
          };
    case 'producer':
      return { MessagesPerSecond: 1 };
    case 'consumer':
      return { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 1000 } };
    case 'lambda-sqs':
      return { BatchSize: 10 };
    case 'autoscaling-consumers':
      return { MinSize: 1, MaxSize: 5, TargetBacklogPerInstance: 10 };
  }
}

function uniqueId(scenario: Pick<Scenario, 'nodes'>, prefix: string): string {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  let i = 1;
  while (ids.has(`${prefix}-${i}`)) i++;
  return `${prefix}-${i}`;
}

function uniqueQueueName(scenario: Pick<Scenario, 'nodes'>, stem: string, suffix: string): string {
  const names = new Set(scenario.nodes.map((n) => n.config.QueueName));
  let i = 1;
  while (names.has(`${stem}-${i}${suffix}`)) i++;
  return `${stem}-${i}${suffix}`;
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
    const x = (COLUMN[type] + band * 3) * CELL.x;
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
  const home = first.x + Math.min(COLUMN[type], Math.max(0, last.x - first.x));
  columns.sort((a, b) => Math.abs(a - home) - Math.abs(b - home));
  for (const c of columns)
    for (let r = first.y; r <= last.y; r++)
      if (!taken(c * CELL.x, r * CELL.y)) return { x: c * CELL.x, y: r * CELL.y };
  return undefined;
}

/** The dataTransfer type a palette item carries while dragged onto the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-playground-node';
