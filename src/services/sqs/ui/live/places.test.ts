import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../../engine';
import type { LoggedEvent } from '../../../../store/simSlice';
import { AGGREGATE_OVER, collectTokens } from '../../../../ui/canvas/tokens';
import { sampleScenario } from '../../../../ui/canvas/testing';
import { sqsPlaces } from './places';

const log = (events: EngineEvent[]): LoggedEvent[] => events.map((event, seq) => ({ seq, event }));
const placesWith = (receiver: string | undefined) => sqsPlaces(sampleScenario(), () => receiver);
const places = placesWith(undefined);

describe('SQS tokens', () => {
  const sent = (at: number, n: number): EngineEvent => ({
    type: 'sqs/sent',
    at,
    queue: 'orders',
    messageId: `id${n}`,
    n,
    by: 'producer-1',
    size: 10,
    delaySeconds: 0,
  });

  it('puts each recent event on its edge, and drops finished flights', () => {
    const events = log([
      sent(0, 1),
      sent(900, 2),
      {
        type: 'sqs/received',
        at: 950,
        queue: 'orders',
        messageId: 'id2',
        n: 2,
        by: 'consumer-1',
        receiveCount: 2,
        visibilityTimeout: 30,
        visibleAt: 30_950,
      },
      { type: 'sqs/empty-receive', at: 960, queue: 'orders', by: 'consumer-1', waitedSeconds: 20 },
      {
        type: 'sqs/moved-to-dlq',
        at: 970,
        queue: 'orders',
        messageId: 'id3',
        n: 3,
        deadLetterQueue: 'orders-dlq',
        receiveCount: 4,
        maxReceiveCount: 3,
      },
      {
        type: 'sqs/deleted',
        at: 980,
        queue: 'orders',
        messageId: 'id2',
        n: 2,
        by: 'consumer-1',
        receiveCount: 2,
        inQueueMs: 80,
      },
    ]);
    const tokens = collectTokens(events, 1000, 400, places);
    const summary = tokens.map((t) => [t.kind, t.edgeId ?? t.nodeId, t.departAt, t.arriveAt]);
    expect(summary).toEqual([
      ['delete', 'queue-1', 980, 1380],
      ['dlq', 'e3', 970, 1370],
      ['empty', 'e2', 960, 1360],
      ['redelivery', 'e2', 950, 1350],
      ['send', 'e1', 900, 1300],
    ]);
  });

  it('sends a chip back along the edge when the visibility timeout runs out', () => {
    const events = log([
      {
        type: 'sqs/visibility-expired',
        at: 100,
        queue: 'orders',
        messageId: 'id1',
        n: 1,
        receiveCount: 1,
        visibilityTimeout: 30,
      },
    ]);
    const [token] = collectTokens(events, 200, 400, placesWith('consumer-1'));
    expect(token).toMatchObject({ kind: 'return', edgeId: 'e2', reverse: true, label: 'm-1' });
  });

  it('keys tokens by their place in their group, so a busy edge reuses its elements', () => {
    const twice = log([sent(10, 1), sent(20, 2)]);
    const before = collectTokens(twice, 100, 400, places);
    const after = collectTokens(log([sent(10, 1), sent(20, 2), sent(30, 3)]), 100, 400, places);
    expect(new Set(after.map((t) => t.key)).size).toBe(after.length);
    expect(after.slice(0, 2).map((t) => t.key)).toEqual(before.map((t) => t.key));
    expect(after.map((t) => t.label)).toEqual(['m-3', 'm-2', 'm-1']);
  });

  it('aggregates a crowded edge into one token with a count', () => {
    const many = Array.from({ length: 500 }, (_, i) => sent(i, i));
    const tokens = collectTokens(log(many), 500, 400, places);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ kind: 'send', edgeId: 'e1', count: 399 }); // at 101…499: after now − flight, up to now;
    const few = collectTokens(log(many.slice(0, AGGREGATE_OVER)), 10, 400, places);
    expect(few).toHaveLength(AGGREGATE_OVER);
  });

  it('places each event by its own kind and actor, call after call (placements are cached)', () => {
    const received = (at: number, n: number, receiveCount: number): EngineEvent => ({
      type: 'sqs/received',
      at,
      queue: 'orders',
      messageId: `id${n}`,
      n,
      by: 'consumer-1',
      receiveCount,
      visibilityTimeout: 30,
      visibleAt: at + 30_000,
    });
    const events = log([received(10, 1, 1), received(20, 2, 2), sent(30, 3)]);
    for (let call = 0; call < 2; call++) {
      const tokens = collectTokens(events, 100, 400, places);
      expect(tokens.map((t) => [t.kind, t.edgeId, t.label])).toEqual([
        ['send', 'e1', 'm-3'],
        ['redelivery', 'e2', 'm-2'],
        ['receive', 'e2', 'm-1'],
      ]);
    }
    // A returning message asks the tracker each time.
    let receiver: string | undefined = 'consumer-1';
    const asking = sqsPlaces(sampleScenario(), () => receiver);
    const back = log([
      {
        type: 'sqs/visibility-expired',
        at: 50,
        queue: 'orders',
        messageId: 'id1',
        n: 1,
        receiveCount: 1,
        visibilityTimeout: 30,
      },
    ]);
    expect(collectTokens(back, 100, 400, asking)[0]).toMatchObject({
      kind: 'return',
      edgeId: 'e2',
    });
    receiver = undefined;
    expect(collectTokens(back, 100, 400, asking)[0]).toMatchObject({
      kind: 'return',
      nodeId: 'queue-1',
    });
  });
});

describe('SQS places', () => {
  const scenario = sampleScenario();
  const world = {
    nodes: [
      ...scenario.nodes,
      {
        id: 'queue-3',
        type: 'sqs-queue' as const,
        position: { x: 0, y: 300 },
        config: { QueueName: 'replies' },
      },
    ],
    edges: [
      ...scenario.edges,
      { id: 'e4', source: 'consumer-1', target: 'queue-3', type: 'replies-to' as const },
    ],
  };
  const placeOf = sqsPlaces(world, () => undefined);

  it('has dead-letter and reply tokens ride their edges from above', () => {
    const reply: EngineEvent = {
      type: 'sqs/sent',
      at: 0,
      queue: 'replies',
      messageId: 'r1',
      n: 1,
      by: 'consumer-1',
      size: 10,
      delaySeconds: 0,
    };
    expect(placeOf(reply)).toMatchObject({ kind: 'send', edgeId: 'e4', fromAbove: true });
    expect(placeOf({ ...reply, queue: 'orders', by: 'producer-1' })).not.toHaveProperty(
      'fromAbove',
    );
  });

  it('hands out the same place for the same kind, queue and actor (nothing allocated)', () => {
    const deleted: EngineEvent = {
      type: 'sqs/deleted',
      at: 0,
      queue: 'orders',
      messageId: 'id1',
      n: 1,
      by: 'consumer-1',
      receiveCount: 1,
      inQueueMs: 10,
    };
    expect(placeOf({ ...deleted, messageId: 'id2', at: 5 })).toBe(placeOf(deleted));
  });
});
