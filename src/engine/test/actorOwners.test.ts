import { describe as group, expect, it } from 'vitest';
import { describe } from '../described';
import type { EngineEvent } from '../events';
import { describeService } from '../plugin';
import type { Scenario } from '../scenario/types';
import { services } from '../../services/engine';

/** A service listed first that has words for an event type SQS's consumers report too. */
const rival = describeService({
  name: 'rival',
  explainActor: (e) => (e.type === 'actor/crashed' ? `${e.actor}: rival words.` : undefined),
});
const words = describe([rival, ...services]);

const crashed: EngineEvent = { type: 'actor/crashed', at: 5, actor: 'worker', messagesDropped: 2 };
const sqsWords = describe(services).explain(crashed);

group("an actor's events are in the words of its own kind's service", () => {
  it('in a trace: the kind named when the actor was created decides', () => {
    const trace = words.trace(
      [{ type: 'actor/created', at: 0, actor: 'worker', kind: 'consumer' }, crashed],
      0,
    );
    expect(trace.split('\n')[1]).toBe(`+00:00.005  ${sqsWords}`);
    expect(sqsWords).toMatch(/crashed with 2 message/);
  });

  it("in a scenario's world: the node's kind decides, for its own actor and those it launched", () => {
    const nodes: Scenario['nodes'] = [
      { id: 'worker', type: 'consumer', position: { x: 0, y: 0 }, config: {} },
      { id: 'group', type: 'autoscaling-consumers', position: { x: 0, y: 0 }, config: {} },
    ];
    const explain = words.explainIn({ nodes });
    expect(explain(crashed)).toBe(sqsWords);
    expect(explain({ ...crashed, actor: 'group-3' })).toBe(sqsWords.replace('worker', 'group-3'));
    expect(words.actorOwners({ nodes })('group-3')).toBe('sqs');
    // An actor no node accounts for is in the words of the first service that has some.
    expect(explain({ ...crashed, actor: 'by-hand' })).toBe('by-hand: rival words.');
  });
});
