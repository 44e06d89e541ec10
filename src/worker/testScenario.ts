import type { Scenario } from '../engine';

/** A producer (`rate` messages a second, evenly spaced) → an SQS queue → a consumer. */
export function producerQueueConsumer(rate = 1, seed = 3): Scenario {
  return {
    version: 1,
    name: 'Buffer',
    description: 'A producer, a queue and a consumer.',
    seed,
    lessons: [],
    nodes: [
      {
        id: 'producer',
        type: 'producer',
        position: { x: 0, y: 0 },
        config: { MessagesPerSecond: rate, Arrival: 'constant', BodyTemplate: 'order {n}' },
      },
      {
        id: 'orders',
        type: 'sqs-queue',
        position: { x: 200, y: 0 },
        config: { QueueName: 'orders' },
      },
      { id: 'worker', type: 'consumer', position: { x: 400, y: 0 }, config: {} },
    ],
    edges: [
      { id: 'e1', source: 'producer', target: 'orders', type: 'sends-to' },
      { id: 'e2', source: 'orders', target: 'worker', type: 'consumes-from' },
    ],
  };
}
