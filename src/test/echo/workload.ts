import { expect } from 'vitest';
import type { Workload } from '../../engine/testing/workload';
import { echoService, type EchoEvent } from './engine';

interface Known {
  echoes: string[];
  said: number;
}

/** The echo's calls for the engine-wide properties, as a new service would bring them. */
export const workload: Workload<Known> = {
  service: 'echo',
  extraServices: [echoService],
  steps: 60,
  shows: ['echo/echoed'],
  start: () => ({ echoes: [], said: 0 }),
  learn(known, { action, input, outcome }) {
    const name = named(input);
    if (action === 'CreateEcho' && outcome?.ok === true && !known.echoes.includes(name))
      known.echoes.push(name);
  },
  next(random, known) {
    if (random.chance(0.2))
      return {
        service: 'echo',
        action: 'CreateEcho',
        input: { EchoName: random.pick(['a', 'b']) },
      };
    const EchoName = random.chance(0.9) ? (random.pick(known.echoes) ?? 'a') : 'nobody';
    return { service: 'echo', action: 'Say', input: { EchoName, Text: `t${known.said++}` } };
  },
  pause: (random) => (random.chance(0.5) ? 0 : random.int(0, 3_000)),
  /** Every Say an echo took is repeated once, a second later; its gauge counts what it repeated. */
  check(world) {
    const echoed = echoesIn(world.log);
    const due = world.calls.filter(
      (c) => c.action === 'Say' && c.outcome?.ok === true && c.at + 1_000 <= world.now,
    );
    expect(echoed.map((e) => [e.echo, e.text, e.at])).toEqual(
      due.map((c) => [named(c.input), (c.input as { Text: string }).Text, c.at + 1_000]),
    );
    // CreateEcho starts an echo afresh: its gauge counts what it repeated since the last one.
    const gauges = (world.gauges() as unknown as { echo: Record<string, { Repeated: number }> })
      .echo;
    for (const [name, { Repeated }] of Object.entries(gauges)) {
      const created = [...world.calls]
        .reverse()
        .find(
          (c) => c.action === 'CreateEcho' && c.outcome?.ok === true && named(c.input) === name,
        );
      const since = echoesIn(world.log.slice(created?.logAt ?? 0));
      expect(Repeated, name).toBe(since.filter((e) => e.echo === name).length);
    }
  },
};

const named = (input: unknown) => (input as { EchoName: string }).EchoName;
const echoesIn = (events: readonly { type: string }[]) =>
  events.filter((e) => e.type === 'echo/echoed') as unknown as EchoEvent[];
