import type { NodeType, Scenario, ScenarioNode } from '../../engine';

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
): ScenarioNode {
  const id = uniqueId(scenario, ID_PREFIX[item.type]);
  return {
    id,
    type: item.type,
    position: position ?? freeSpot(scenario, item.type),
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

/** The first grid cell in the type's column (then further right) that no node covers. */
export function freeSpot(
  scenario: Pick<Scenario, 'nodes'>,
  type: NodeType,
): { x: number; y: number } {
  const taken = (x: number, y: number) =>
    scenario.nodes.some(
      (n) => Math.abs(n.position.x - x) < CLEARANCE.x && Math.abs(n.position.y - y) < CLEARANCE.y,
    );
  for (let band = 0; band < 50; band++) {
    const x = (COLUMN[type] + band * 3) * CELL.x;
    for (let row = 0; row < 8; row++) {
      const y = row * CELL.y;
      if (!taken(x, y)) return { x, y };
    }
  }
  return { x: 0, y: scenario.nodes.length * CELL.y };
}

/** The dataTransfer type a palette item carries while dragged onto the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-playground-node';
