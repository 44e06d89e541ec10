import { describe, expect, it } from 'vitest';
import { eventNodes, type EngineEvent, type ScenarioNode } from '../../../../engine';

const node = (
  id: string,
  type: ScenarioNode['type'],
  config: Record<string, unknown> = {},
): ScenarioNode => ({
  id,
  type,
  position: { x: 0, y: 0 },
  config,
});
const nodesOf = eventNodes({
  nodes: [
    node('q', 'sqs-queue', { QueueName: 'orders' }),
    node('dead', 'sqs-queue', { QueueName: 'orders-dlq' }),
    node('p1', 'producer'),
    node('workers', 'autoscaling-consumers'),
  ],
});

describe('the nodes an event is about', () => {
  it('finds queues by name and callers by id, not a call made by hand', () => {
    const moved: EngineEvent = {
      type: 'sqs/moved-to-dlq',
      at: 0,
      queue: 'orders',
      messageId: 'id-1',
      n: 1,
      deadLetterQueue: 'orders-dlq',
      receiveCount: 4,
      maxReceiveCount: 3,
    };
    expect(nodesOf(moved)).toEqual(['q', 'dead']);
    const sent = (by: string): EngineEvent => ({
      type: 'sqs/sent',
      at: 0,
      queue: 'orders',
      messageId: 'id-2',
      n: 2,
      by,
      size: 1,
      delaySeconds: 0,
    });
    expect(nodesOf(sent('p1'))).toEqual(['q', 'p1']);
    expect(nodesOf(sent('api'))).toEqual(['q']);
  });

  it("counts an Auto Scaling group's instances as the group", () => {
    const crashed = (actor: string): EngineEvent => ({
      type: 'actor/crashed',
      at: 0,
      actor,
      messagesDropped: 0,
    });
    expect(nodesOf(crashed('workers-3'))).toEqual(['workers']);
    expect(nodesOf(crashed('workers-x'))).toEqual([]);
    expect(nodesOf(crashed('p1'))).toEqual(['p1']);
  });
});
