import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { producerQueueConsumer } from '../worker/testScenario';
import { worldKey } from './worldKey';

const base: Scenario = {
  ...producerQueueConsumer(),
  narration: [{ at: 1000, text: 'Watch the queue.', lessons: ['L01'] }],
};

describe('worldKey', () => {
  it('ignores positions, name, description, lessons and narration text', () => {
    const cosmetic: Scenario = {
      ...base,
      name: 'Renamed',
      description: 'Other words',
      lessons: ['L03'],
      nodes: base.nodes.map((n) => ({ ...n, position: { x: n.position.x + 50, y: 9 } })),
      narration: [{ at: 1000, text: 'Look at the queue.', lessons: ['L01'] }],
    };
    expect(worldKey(cosmetic)).toBe(worldKey(base));
  });

  it('ignores the order of keys', () => {
    const [first, ...rest] = base.nodes;
    const reordered = {
      config: first!.config,
      type: first!.type,
      position: first!.position,
      id: first!.id,
    };
    expect(worldKey({ ...base, nodes: [reordered, ...rest] })).toBe(worldKey(base));
  });

  it('sees config, edges, seed, script and narration timing', () => {
    const changes: Scenario[] = [
      { ...base, seed: 4 },
      { ...base, edges: base.edges.slice(1) },
      {
        ...base,
        nodes: base.nodes.map((n) =>
          n.type === 'producer' ? { ...n, config: { ...n.config, MessagesPerSecond: 2 } } : n,
        ),
      },
      { ...base, script: [{ at: 0, service: 'sqs', action: 'ListQueues' }] },
      { ...base, narration: [{ at: 2000, text: 'Watch the queue.', lessons: ['L01'] }] },
    ];
    for (const changed of changes) expect(worldKey(changed)).not.toBe(worldKey(base));
  });
});
