import { AwsError } from '../../engine/core/errors';
import { asInput, requiredString } from '../../engine/core/input';
import { defineService } from '../../engine/plugin';
import type { Sim } from '../../engine/sim';

/** A throwaway service for tests of the seam: a node that repeats what it gets, later. */
export interface EchoEvent {
  type: 'echo/echoed';
  at: number;
  echo: string;
  text: string;
}

type EchoTask = { kind: 'echo/repeat'; echo: string; text: string };

interface EchoState {
  echoes: Map<string, { repeated: number; delayMs: number }>;
}

const stateOf = (sim: Sim) => (sim.state as unknown as { echo: EchoState }).echo;

export const echoService = defineService<EchoEvent, EchoTask>({
  name: 'echo',
  createState: (): EchoState => ({ echoes: new Map() }),
  actions: {
    CreateEcho(sim, raw) {
      const input = asInput(raw);
      const name = requiredString(input, 'EchoName');
      stateOf(sim).echoes.set(name, { repeated: 0, delayMs: 1000 });
      return { EchoName: name };
    },
    Say(sim, raw) {
      const input = asInput(raw);
      const name = requiredString(input, 'EchoName');
      if (!stateOf(sim).echoes.has(name))
        throw new AwsError('ResourceNotFoundException', `Echo ${name} does not exist.`);
      const text = requiredString(input, 'Text');
      sim.schedule(sim.now + 1000, 0, { kind: 'echo/repeat', echo: name, text } as never);
      return {};
    },
  },
  tasks: {
    'echo/repeat'(sim, task) {
      const echo = stateOf(sim).echoes.get(task.echo);
      if (echo === undefined) return;
      echo.repeated++;
      sim.emit({ type: 'echo/echoed', at: sim.now, echo: task.echo, text: task.text } as never);
    },
  },
  gauges(sim) {
    return Object.fromEntries(
      [...stateOf(sim).echoes].map(([name, e]) => [name, { Repeated: e.repeated }]),
    );
  },
  explain: (event) => `${event.echo} repeated “${event.text}”.`,
  scenario: {
    nodes: [
      {
        type: 'echo',
        label: () => 'echo',
        name: (node) => String(node.config.EchoName),
        role: 'resource',
      },
    ],
    async load(engine, scenario) {
      for (const node of scenario.nodes)
        if (node.type === ('echo' as never))
          await engine.call('echo', 'CreateEcho', { EchoName: node.config.EchoName });
    },
  },
});
