import { ECHO_SCENARIO } from '../../../test/echo/scenario';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../engine';
import { explainWith } from '../../explain';
import { Registry } from '../../registry';
import { loadScenarioWith, validateScenarioWith } from '../../scenario';
import { services } from '../../../services/engine';
import { echoService } from '../../../test/echo/engine';

/** The door's services plus one more: the one line a new service adds to the list. */
const withEcho = [...services, echoService];

describe('a new service is one folder and one line in the list', () => {
  it('answers through the door, runs its timers, reports events and gauges, and explains them', async () => {
    const engine = createWorld({ seed: 1 }, withEcho);
    await engine.call('echo', 'CreateEcho', { EchoName: 'orders' });
    await engine.call('echo', 'Say', { EchoName: 'orders', Text: 'hello' });
    await expect(
      engine.call('echo', 'Say', { EchoName: 'nobody', Text: 'x' }),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    expect(engine.gauges()).toMatchObject({ echo: { orders: { Repeated: 0 } } });
    engine.advanceBy(1000);
    const [echoed] = engine.drain();
    expect(echoed).toMatchObject({ type: 'echo/echoed', echo: 'orders', text: 'hello' });
    expect(explainWith(new Registry(withEcho), echoed!)).toBe('orders repeated “hello”.');
    expect(engine.gauges()).toMatchObject({ echo: { orders: { Repeated: 1 } } });
    // The other services are untouched: SQS still answers beside it.
    await engine.call('sqs', 'CreateQueue', { QueueName: 'orders' });
  });

  it('keeps its state through a snapshot, so a restore replays the same future', async () => {
    const engine = createWorld({ seed: 1 }, withEcho);
    await engine.call('echo', 'CreateEcho', { EchoName: 'e' });
    await engine.call('echo', 'Say', { EchoName: 'e', Text: 'once' });
    const snapshot = engine.snapshot();
    engine.advanceBy(2000);
    const first = engine.drain();
    engine.restore(snapshot);
    engine.advanceBy(2000);
    expect(engine.drain()).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('brings its node kind to scenarios: validated and loaded like any other', async () => {
    const registry = new Registry(withEcho);
    const scenario = ECHO_SCENARIO;
    const checked = validateScenarioWith(registry, scenario);
    expect(checked).toMatchObject({ ok: true });
    // The door's own list does not know it.
    expect(validateScenarioWith(new Registry(services), scenario)).toMatchObject({ ok: false });
    const engine = createWorld({ seed: 1 }, withEcho);
    await loadScenarioWith(registry, engine, scenario);
    expect(engine.gauges()).toMatchObject({ echo: { hi: { Repeated: 0 } } });
  });
});
