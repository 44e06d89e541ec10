import { ECHO_SCENARIO } from '../../test/echo/scenario';
import { describe, expect, it } from 'vitest';
import { TestWorld } from '../testing/testWorld';
import { echoService } from '../../test/echo/engine';

/** The driver itself, on the echo (a service a test adds): what a test using it relies on. */
const echoWorld = (seed = 1) => new TestWorld({ seed, extraServices: [echoService] });

describe('TestWorld', () => {
  it('runs chained steps in order and records every call with its answer or refusal', async () => {
    const world = echoWorld();
    await world
      .call('echo', 'CreateEcho', { EchoName: 'orders' })
      .call('echo', 'Say', (w) => ({ EchoName: w.answer('CreateEcho').EchoName, Text: 'hi' }))
      .call('echo', 'Say', { EchoName: 'nobody', Text: 'x' })
      .advanceBy(1_000);
    expect(world.calls.map((c) => [c.action, c.at, c.outcome])).toEqual([
      ['CreateEcho', world.now - 1_000, { ok: true, value: { EchoName: 'orders' } }],
      ['Say', world.now - 1_000, { ok: true, value: {} }],
      [
        'Say',
        world.now - 1_000,
        {
          ok: false,
          error: { name: 'ResourceNotFoundException', message: 'Echo nobody does not exist.' },
        },
      ],
    ]);
    expect(world.log).toEqual([{ type: 'echo/echoed', at: world.now, echo: 'orders', text: 'hi' }]);
    expect(world.gauges()).toMatchObject({ echo: { orders: { Repeated: 1 } } });
  });

  it('hands a call that waits its answer once the clock brings it', async () => {
    const world = new TestWorld();
    await world
      .call('sqs', 'CreateQueue', { QueueName: 'q' })
      .call('sqs', 'ReceiveMessage', { QueueUrl: 'q', WaitTimeSeconds: 5 });
    expect(world.waiting.map((c) => c.action)).toEqual(['ReceiveMessage']);
    await world.advanceBy(5_000);
    expect(world.waiting).toEqual([]);
    expect(world.calls[1]?.outcome).toEqual({ ok: true, value: {} });
  });

  it('rewinds the log and the calls with a restore, here or in another world', async () => {
    const world = echoWorld();
    await world
      .call('echo', 'CreateEcho', { EchoName: 'e' })
      .snapshot('start')
      .call('echo', 'Say', { EchoName: 'e', Text: 'once' })
      .advanceTo(world.now + 2_000);
    const future = { log: [...world.log], calls: world.calls.length };
    await world.restore('start');
    expect([world.log, world.calls.length]).toEqual([[], 1]);
    const elsewhere = echoWorld(99);
    await elsewhere
      .restore(world.saved('start'))
      .call('echo', 'Say', { EchoName: 'e', Text: 'once' })
      .advanceBy(2_000);
    expect([elsewhere.log, elsewhere.calls.length]).toEqual([future.log, future.calls]);
  });

  it('stops at the first failed step, and runs the next chain afresh', async () => {
    const world = echoWorld();
    const failed = world
      .expect(() => {
        throw new Error('not so');
      })
      .call('echo', 'CreateEcho', { EchoName: 'never' });
    await expect(failed).rejects.toThrow('not so');
    expect(world.calls).toEqual([]);
    await world.call('echo', 'CreateEcho', { EchoName: 'later' });
    expect(world.calls).toHaveLength(1);
  });

  it("loads a scenario through the services' loader", async () => {
    const scenario = ECHO_SCENARIO;
    const world = echoWorld();
    await world.loadScenario(scenario).call('echo', 'Say', { EchoName: 'hi', Text: 'there' });
    expect(world.calls[0]?.outcome).toEqual({ ok: true, value: {} });
    expect(world.loaded).toBeDefined();
  });
});
