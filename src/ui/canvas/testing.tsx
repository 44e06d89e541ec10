import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { SimContext, type SimControls } from '../../client/controls';
import type { Scenario } from '../../engine';
import { StoreContext, createAppStore } from '../../store';

/** A small producer → queue → consumer world with a DLQ, as the canvas tests draw it. */
export function sampleScenario(): Scenario {
  return {
    version: 1,
    name: 'Sample',
    description: '',
    seed: 1,
    lessons: [],
    nodes: [
      {
        id: 'producer-1',
        type: 'producer',
        position: { x: 0, y: 0 },
        config: { MessagesPerSecond: 2 },
      },
      {
        id: 'queue-1',
        type: 'sqs-queue',
        position: { x: 300, y: 0 },
        config: { QueueName: 'orders', Attributes: { VisibilityTimeout: '30' } },
      },
      {
        id: 'queue-2',
        type: 'sqs-queue',
        position: { x: 300, y: 250 },
        config: { QueueName: 'orders-dlq' },
      },
      { id: 'consumer-1', type: 'consumer', position: { x: 600, y: 0 }, config: {} },
    ],
    edges: [
      { id: 'e1', source: 'producer-1', target: 'queue-1', type: 'sends-to' },
      { id: 'e2', source: 'queue-1', target: 'consumer-1', type: 'consumes-from' },
      { id: 'e3', source: 'queue-1', target: 'queue-2', type: 'dead-letter', maxReceiveCount: 3 },
    ],
  };
}

export function fakeSim(): SimControls {
  return {
    play: vi.fn(),
    pause: vi.fn(),
    setSpeed: vi.fn(),
    step: vi.fn(),
    jump: vi.fn(),
    reset: vi.fn(),
    call: vi.fn(() => Promise.resolve({})) as SimControls['call'],
    history: vi.fn(() => Promise.resolve(undefined)),
  };
}

/** Renders `ui` with its own store (holding `scenario`) and a fake simulation. */
export function renderWithStore(ui: ReactNode, scenario?: Scenario) {
  const store = createAppStore();
  if (scenario !== undefined) store.setState({ scenario });
  const view = render(
    <StoreContext.Provider value={store}>
      <SimContext.Provider value={fakeSim()}>{ui}</SimContext.Provider>
    </StoreContext.Provider>,
  );
  return { store, ...view };
}
