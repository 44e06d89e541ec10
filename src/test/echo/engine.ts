import { AwsError } from '../../engine/core/errors';
import { asInput, requiredString } from '../../engine/core/input';
import { defineService } from '../../engine/plugin';
import type { NodeKind } from '../../engine/scenario/kinds';
import type { NodeConfig } from '../../engine/scenario/types';
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

// Echo's part of the world's types, as a service declares its own. Its state and gauges are
// optional: only the worlds of the tests that list it have them.
declare module '../../engine/state' {
  interface ServiceStates {
    echo?: EchoState;
  }
}
declare module '../../engine/events' {
  interface ServiceEvents {
    echo: EchoEvent;
  }
}
declare module '../../engine/tasks' {
  interface ServiceTasks {
    echo: EchoTask;
  }
}
declare module '../../engine/gauges' {
  interface ServiceGauges {
    echo?: Record<string, { Repeated: number }>;
  }
}
declare module '../../engine/scenario/types' {
  interface NodeConfigs {
    echo: NodeConfig<{ EchoName: string }>;
  }
}

/** An echo on the canvas: a resource named by its EchoName. */
const echoNode: NodeKind<'echo'> = {
  type: 'echo',
  label: () => 'echo',
  name: (node) => String(node.config.EchoName),
  role: 'resource',
};

/** Echo's state, in a world that lists the service (made by its createState). */
function stateOf(sim: Sim): EchoState {
  const state = sim.state.echo;
  if (state === undefined) throw new Error('This world has no echo service.');
  return state;
}

export const echoService = defineService({
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
      sim.schedule(sim.now + 1000, 0, { kind: 'echo/repeat', echo: name, text });
      return {};
    },
  },
  tasks: {
    'echo/repeat'(sim, task) {
      const echo = stateOf(sim).echoes.get(task.echo);
      if (echo === undefined) return;
      echo.repeated++;
      sim.emit({ type: 'echo/echoed', at: sim.now, echo: task.echo, text: task.text });
    },
  },
  gauges(sim) {
    return Object.fromEntries(
      [...stateOf(sim).echoes].map(([name, e]) => [name, { Repeated: e.repeated }]),
    );
  },
  explain: (event) => `${event.echo} repeated “${event.text}”.`,
  scenario: {
    nodes: [echoNode],
    async load(engine, scenario) {
      for (const node of scenario.nodes)
        if (node.type === 'echo')
          await engine.call('echo', 'CreateEcho', { EchoName: node.config.EchoName });
    },
  },
});
