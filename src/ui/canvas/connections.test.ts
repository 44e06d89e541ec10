import { describe, expect, it } from 'vitest';
import {
  connectNodes as connect,
  proposeConnection as checkConnection,
  validateScenario,
  type Scenario,
} from '../../engine';
import { DEFAULT_MAX_RECEIVE_COUNT } from '../../services/sqs/engine/scenario/connect';
import { PALETTE_ITEMS } from '../plugins/registry';
import { createNode } from './nodeFactory';

function world(): Scenario {
  let s: Scenario = {
    version: 1,
    name: 'T',
    description: '',
    seed: 1,
    lessons: [],
    nodes: [],
    edges: [],
  };
  for (const key of [
    'producer',
    'queue',
    'queue',
    'queue-fifo',
    'queue-fifo',
    'consumer',
    'lambda',
    'autoscaling',
  ]) {
    const item = PALETTE_ITEMS.find((i) => i.key === key)!;
    s = { ...s, nodes: [...s.nodes, createNode(s, item)] };
  }
  return s;
}
// Ids the palette gives: producer-1, queue-1..4 (3, 4 FIFO), consumer-1, function-1, consumer-group-1.

function must(s: Scenario, from: string, to: string): Scenario {
  const r = connect(s, from, to);
  if (!r.ok) throw new Error(r.reason);
  return r.scenario;
}

function reason(s: Scenario, from: string, to: string): string {
  const v = checkConnection(s, from, to);
  return v.ok ? 'accepted' : v.reason;
}

describe('connection rules', () => {
  it('names new queues uniquely and validly', () => {
    const names = world()
      .nodes.map((n) => n.config.QueueName)
      .filter(Boolean);
    expect(names).toEqual(['queue-1', 'queue-2', 'jobs-1.fifo', 'jobs-2.fifo']);
  });

  it('gives each accepted pair its edge type', () => {
    const s = world();
    const type = (a: string, b: string) => {
      const v = checkConnection(s, a, b);
      return v.ok ? v.edge.type : v.reason;
    };
    expect(type('producer-1', 'queue-1')).toBe('sends-to');
    expect(type('queue-1', 'consumer-1')).toBe('consumes-from');
    expect(type('queue-1', 'consumer-group-1')).toBe('consumes-from');
    expect(type('queue-1', 'function-1')).toBe('triggers');
    expect(type('queue-1', 'queue-2')).toBe('dead-letter');
    const dlq = checkConnection(s, 'queue-1', 'queue-2');
    expect(dlq.ok && dlq.edge.maxReceiveCount).toBe(DEFAULT_MAX_RECEIVE_COUNT);
  });

  it('refuses the wrong direction with a sentence that says what to do', () => {
    const s = world();
    expect(reason(s, 'consumer-1', 'queue-1')).toBe(
      'A consumer reads from a queue: connect the queue to the consumer.',
    );
    expect(reason(s, 'function-1', 'queue-1')).toMatch(/connect the queue to the function/);
    expect(reason(s, 'queue-1', 'producer-1')).toMatch(/connect the producer to the queue/);
    expect(reason(s, 'producer-1', 'consumer-1')).toMatch(/put an SQS queue between them/);
    expect(reason(s, 'consumer-1', 'function-1')).toMatch(/each reads from an SQS queue/);
    expect(reason(s, 'queue-1', 'queue-1')).toMatch(/cannot be its own dead-letter queue/);
  });

  it('wires a consumer that reads requests to a reply queue, and turns its Reply on', () => {
    let s = must(world(), 'queue-1', 'consumer-1');
    expect(reason(s, 'consumer-1', 'queue-1')).toBe(
      'consumer-1 already reads from queue-1: connect it to another queue to send its replies there.',
    );
    s = must(s, 'consumer-1', 'queue-2');
    expect(s.edges.at(-1)).toMatchObject({
      source: 'consumer-1',
      target: 'queue-2',
      type: 'replies-to',
    });
    expect(s.nodes.find((n) => n.id === 'consumer-1')?.config.Reply).toBe(true);
    expect(reason(s, 'consumer-1', 'queue-2')).toBe('consumer-1 already replies to queue-2.');
    // Only a consumer replies: a Lambda function or a consumer group still reads only.
    expect(reason(must(s, 'queue-1', 'function-1'), 'function-1', 'queue-2')).toMatch(
      /connect the queue to the function/,
    );
  });

  it('keeps dead-letter queues the same type, single and loop-free', () => {
    let s = world();
    expect(reason(s, 'queue-1', 'queue-3')).toMatch(
      /standard queue: its dead-letter queue must also be a standard/,
    );
    expect(reason(s, 'queue-3', 'queue-1')).toMatch(
      /FIFO queue: its dead-letter queue must also be a FIFO/,
    );
    s = must(s, 'queue-1', 'queue-2');
    expect(reason(s, 'queue-1', 'queue-2')).toMatch(/already the dead-letter queue/);
    expect(reason(s, 'queue-2', 'queue-1')).toMatch(/loop/);
    s = must(s, 'queue-3', 'queue-4');
    expect(reason(s, 'queue-3', 'queue-4')).toMatch(/already/);
  });

  it('allows one queue per actor', () => {
    let s = must(world(), 'producer-1', 'queue-1');
    expect(reason(s, 'producer-1', 'queue-2')).toMatch(
      /already sends to queue-1: a producer sends to one queue/,
    );
    s = must(s, 'queue-1', 'consumer-1');
    expect(reason(s, 'queue-2', 'consumer-1')).toMatch(/already reads from queue-1/);
    expect(reason(s, 'queue-1', 'consumer-1')).toMatch(/already reads from queue-1\.$/);
  });

  it('builds what the engine validator accepts, FIFO producers included', () => {
    let s = world();
    s = must(s, 'producer-1', 'queue-3');
    s = must(s, 'queue-3', 'consumer-1');
    s = must(s, 'queue-3', 'queue-4');
    s = must(s, 'queue-1', 'function-1');
    s = must(s, 'queue-2', 'consumer-group-1');
    expect(s.nodes.find((n) => n.id === 'producer-1')?.config.GroupIdPattern).toBeDefined();
    const result = validateScenario(s);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
