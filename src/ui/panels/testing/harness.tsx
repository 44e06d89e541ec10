import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { SimContext, type SimControls } from '../../../client/controls';
import type { Scenario, ScenarioNode } from '../../../engine';
import { createAppStore, StoreContext, type AppStore } from '../../../store';
import { emptyScenario } from '../../../store/documentSlice';

export type Handler = (input: Record<string, unknown>) => unknown;

/** A SimControls whose `call` answers from handlers by "service.Action"; unknown actions resolve {}. */
export function fakeSim(handlers: Record<string, Handler> = {}) {
  const call = vi.fn(async (service: string, action: string, input: unknown) => {
    const handler = handlers[`${service}.${action}`];
    return handler === undefined ? {} : handler(input as Record<string, unknown>);
  });
  const sim: SimControls = {
    play: vi.fn(),
    pause: vi.fn(),
    setSpeed: vi.fn(),
    step: vi.fn(),
    jump: vi.fn(),
    reset: vi.fn(),
    call: call as SimControls['call'],
    history: vi.fn(() => Promise.resolve(undefined)),
  };
  return { sim, call };
}

/** An AWS error as the sim client rejects with it. */
export function awsError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export function node(
  id: string,
  type: ScenarioNode['type'],
  config: Record<string, unknown>,
): ScenarioNode {
  return { id, type, position: { x: 0, y: 0 }, config };
}

export function scenarioWith(nodes: ScenarioNode[], edges: Scenario['edges'] = []): Scenario {
  return { ...emptyScenario(), nodes, edges };
}

export function renderPanel(
  ui: ReactElement,
  store: AppStore = createAppStore(),
  sim: SimControls = fakeSim().sim,
) {
  const result = render(
    <StoreContext.Provider value={store}>
      <SimContext.Provider value={sim}>{ui}</SimContext.Provider>
    </StoreContext.Provider>,
  );
  return { ...result, store };
}
