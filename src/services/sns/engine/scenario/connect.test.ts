import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioNode } from '../../../../engine';
import { snsConnection } from './connect';

const node = (id: string, type: string, config: Record<string, unknown> = {}) =>
  ({ id, type, position: { x: 0, y: 0 }, config }) as ScenarioNode;

const pub = node('shop', 'publisher');
const topic = node('t', 'sns-topic', { TopicName: 'orders' });
const fifoTopic = node('tf', 'sns-topic', { TopicName: 'orders.fifo' });
const queue = node('q', 'sqs-queue', { QueueName: 'billing' });
const fifoQueue = node('qf', 'sqs-queue', { QueueName: 'billing.fifo' });
const consumer = node('c', 'consumer');
const empty: Pick<Scenario, 'nodes' | 'edges'> = { nodes: [], edges: [] };

describe('connections to and from SNS nodes', () => {
  it('join a publisher to a topic, giving it message groups for a FIFO topic', () => {
    expect(snsConnection(empty, pub, topic)).toEqual({
      ok: true,
      edge: { source: 'shop', target: 't', type: 'publishes-to' },
    });
    expect(snsConnection(empty, pub, fifoTopic)).toMatchObject({
      ok: true,
      patch: { nodeId: 'shop', config: { GroupIdPattern: { Mode: 'round-robin' } } },
    });
  });

  it('subscribe a queue to a topic once, and a FIFO queue only to a FIFO topic', () => {
    expect(snsConnection(empty, topic, queue)).toEqual({
      ok: true,
      edge: { source: 't', target: 'q', type: 'subscription' },
    });
    const subscribed = {
      nodes: [],
      edges: [{ id: 'e', source: 't', target: 'q', type: 'subscription' as const }],
    };
    expect(snsConnection(subscribed, topic, queue)).toEqual({
      ok: false,
      reason: 'billing is already subscribed to orders.',
    });
    expect(snsConnection(empty, topic, fifoQueue)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/only a FIFO topic/),
    });
    expect(snsConnection(empty, fifoTopic, fifoQueue)).toMatchObject({ ok: true });
  });

  it('refuse what AWS has no wiring for, in a sentence', () => {
    expect(snsConnection(empty, pub, queue)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/publishes to an SNS topic/),
    });
    expect(snsConnection(empty, topic, consumer)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/put a queue between them/),
    });
    expect(snsConnection(empty, queue, topic)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/A queue does not send to a topic/),
    });
    expect(snsConnection(empty, queue, consumer)).toBeUndefined();
  });
});
