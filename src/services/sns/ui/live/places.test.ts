import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../../engine';
import { snsFanOut } from '../../scenarios/fanOut';
import { snsPlaces } from './places';

const ref = {
  at: 0,
  topic: 'orders',
  messageId: 'm',
  n: 1,
  subscription: 's',
  protocol: 'sqs' as const,
};
const to = (queue: string) => `arn:aws:sqs:us-east-1:123456789012:${queue}`;

describe('SNS tokens', () => {
  const placeOf = snsPlaces(snsFanOut);

  it('send a publish along its publishes-to edge and each delivery along its subscription', () => {
    const published = {
      type: 'sns/published',
      ...ref,
      by: 'order-service',
      size: 1,
      subscriptions: 3,
    };
    expect(placeOf(published as EngineEvent)).toMatchObject({ kind: 'send', edgeId: 'e-publish' });
    for (const [queue, edgeId] of [
      ['shipping', 'e-sub-shipping'],
      ['billing', 'e-sub-billing'],
      ['analytics', 'e-sub-analytics'],
    ] as const) {
      const delivered = {
        type: 'sns/delivered',
        ...ref,
        endpoint: to(queue),
        attempt: 1,
        raw: false,
      };
      expect(placeOf(delivered as EngineEvent)).toMatchObject({ kind: 'send', edgeId });
    }
  });

  it('stop a filtered-out copy on its edge, and flash a failure at the topic', () => {
    const filtered = {
      type: 'sns/filtered-out',
      ...ref,
      endpoint: to('shipping'),
      reason: 'no-match',
    };
    expect(placeOf(filtered as EngineEvent)).toMatchObject({
      kind: 'filtered',
      edgeId: 'e-sub-shipping',
    });
    const failed = {
      type: 'sns/delivery-failed',
      ...ref,
      endpoint: to('billing'),
      attempt: 1,
      error: 'AccessDenied',
      message: '',
    };
    expect(placeOf(failed as EngineEvent)).toMatchObject({ kind: 'dlq', nodeId: 'orders' });
    expect(placeOf({ type: 'sqs/deleted', at: 0 } as unknown as EngineEvent)).toBeUndefined();
  });
});
