import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine';
import { createAppStore } from '../../store';
import { LIVE } from '../plugins/registry';
import type { UiLive } from '../plugins/plugin';
import { placesIn } from './live';
import { sampleScenario } from './testing';
import { placed } from './tokens';

/** A service listed first that would put a token anywhere, for any event. */
const rival: UiLive = { places: () => () => placed({ kind: 'send', nodeId: 'rival' }) };

describe('tokens on the canvas', () => {
  const placeOf = placesIn(sampleScenario(), createAppStore(), [
    { service: 'rival', live: rival },
    ...LIVE,
  ]);
  const sent: EngineEvent = {
    type: 'sqs/sent',
    at: 0,
    queue: 'orders',
    messageId: 'id1',
    n: 1,
    by: 'producer-1',
    size: 10,
    delaySeconds: 0,
  };
  const crashed = (actor: string): EngineEvent => ({
    type: 'actor/crashed',
    at: 0,
    actor,
    messagesDropped: 1,
  });

  it("are placed by the service whose event it is: SQS's own along its edge", () => {
    expect(placeOf(sent)).toMatchObject({ kind: 'send', edgeId: 'e1' });
  });

  it("are placed for an actor's event by its kind's service, which may draw none", () => {
    expect(placeOf(crashed('consumer-1'))).toBeUndefined();
    // An actor no node accounts for: the first service with a place has it.
    expect(placeOf(crashed('by-hand'))).toMatchObject({ nodeId: 'rival' });
  });
});
