import type { Scenario, ScenarioEdge, ScenarioNode } from '../src/engine';

export const BENCH_QUEUES = 10;
export const CONSUMERS_PER_QUEUE = 3;
/** Each consumer works on this many messages at once, each for PROCESSING_MS. */
export const CONCURRENCY = 34;
export const PROCESSING_MS = 30_000;
/** Per producer: 10 × 3.5 msg/s × 30 s of work ≈ 1,050 wanted in flight, 30 × 34 = 1,020 slots. */
export const MESSAGES_PER_SECOND = 3.5;

/**
 * The UI benchmark's world: 10 producers → 10 queues → 30 consumers (50 nodes). Slow processing
 * keeps about 1,000 messages in flight once the first minute has passed; the visibility timeout
 * is long enough that none of them comes back.
 */
export function benchScenario(): Scenario {
  const nodes: ScenarioNode[] = [];
  const edges: ScenarioEdge[] = [];
  for (let q = 0; q < BENCH_QUEUES; q++) {
    const y = q * 200;
    const queue = `bench-${q + 1}`;
    nodes.push({
      id: `producer-${q + 1}`,
      type: 'producer',
      position: { x: 0, y },
      config: { MessagesPerSecond: MESSAGES_PER_SECOND, BodyTemplate: 'job {n}' },
    });
    nodes.push({
      id: queue,
      type: 'sqs-queue',
      position: { x: 300, y },
      config: { QueueName: queue, Attributes: { VisibilityTimeout: '120' } },
    });
    edges.push({
      id: `e-send-${q + 1}`,
      source: `producer-${q + 1}`,
      target: queue,
      type: 'sends-to',
    });
    for (let c = 0; c < CONSUMERS_PER_QUEUE; c++) {
      const id = `worker-${q + 1}-${c + 1}`;
      nodes.push({
        id,
        type: 'consumer',
        position: { x: 600 + c * 300, y },
        config: {
          WaitTimeSeconds: 20,
          MaxNumberOfMessages: 10,
          Concurrency: CONCURRENCY,
          ProcessingTime: { Distribution: 'fixed', Ms: PROCESSING_MS },
        },
      });
      edges.push({ id: `e-read-${id}`, source: queue, target: id, type: 'consumes-from' });
    }
  }
  return {
    version: 1,
    name: 'UI benchmark: 50 nodes, ~1,000 messages in flight',
    description: '10 producers → 10 queues → 30 slow consumers.',
    seed: 7,
    lessons: [],
    nodes,
    edges,
  };
}
