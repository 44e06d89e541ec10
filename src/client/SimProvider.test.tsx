import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, StoreContext, type AppStore } from '../store';
import { inProcessPort, type InProcessPort } from '../worker/inProcessPort';
import { producerQueueConsumer } from '../worker/testScenario';
import { useSim, type SimControls } from './controls';
import { SimClient } from './simClient';
import { SimProvider } from './SimProvider';

function setup(onSetupRestart?: () => void) {
  const store: AppStore = createAppStore();
  store.setState({ scenario: producerQueueConsumer() });
  const ports: InProcessPort[] = [];
  const createClient = () => {
    const port = inProcessPort({ wallNow: () => 0 });
    ports.push(port);
    return new SimClient(port);
  };
  const sim: { current: SimControls | null } = { current: null };
  function Grab() {
    sim.current = useSim();
    return null;
  }
  const view = render(
    <StoreContext.Provider value={store}>
      <SimProvider
        createClient={createClient}
        {...(onSetupRestart === undefined ? {} : { onSetupRestart })}
      >
        <Grab />
      </SimProvider>
    </StoreContext.Provider>,
  );
  const port = () => ports.at(-1)!;
  const loads = () => port().sent.filter((m) => m.type === 'load');
  return { store, sim, view, port, loads };
}

const moveNodes = (store: AppStore) =>
  act(() =>
    store.getState().edit(
      (s) => ({
        ...s,
        nodes: s.nodes.map((n) => ({ ...n, position: { x: n.position.x + 10, y: 0 } })),
      }),
      'Moved',
    ),
  );

describe('SimProvider', () => {
  it('keeps the run going for a change the running world already made', async () => {
    const { store, loads } = setup();
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    const before = loads().length;
    act(() =>
      store
        .getState()
        .edit((s) => ({ ...s, seed: s.seed + 1 }), 'Applied live', { appliedLive: true }),
    );
    expect(loads()).toHaveLength(before);
    act(() => store.getState().undo()); // undo is not live: the world is rebuilt from the document
    expect(loads()).toHaveLength(before + 1);
  });

  it('says so when an edit restarts a run that had moved on, and only then', async () => {
    let restarts = 0;
    const { store } = setup(() => restarts++);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    const edit = () =>
      act(() => store.getState().edit((s) => ({ ...s, seed: s.seed + 1 }), 'Seed changed'));
    edit(); // the clock had not moved: nothing to say
    expect(restarts).toBe(0);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    act(() => store.setState({ now: store.getState().startTime + 5_000 }));
    moveNodes(store);
    expect(restarts).toBe(0);
    edit();
    expect(restarts).toBe(1);
  });

  it('loads the document and commits the worker frames to the store', async () => {
    const { store, port, loads } = setup();
    expect(loads()).toHaveLength(1);
    expect(store.getState().status).toBe('loading');
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    act(() => port().host.tick());
    await waitFor(() => expect(store.getState().gauges.sqs?.orders).toBeDefined());
    expect(store.getState().events.map((e) => e.event.type)).toContain('sqs/queue-created');
  });

  it('starts a new run when the world changes, not when nodes move or the name changes', async () => {
    const { store, loads } = setup();
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    const firstRun = store.getState().runId;
    moveNodes(store);
    act(() => store.getState().edit((s) => ({ ...s, name: 'Renamed' }), 'Renamed'));
    expect(loads()).toHaveLength(1);
    expect(store.getState().runId).toBe(firstRun);

    act(() => store.getState().edit((s) => ({ ...s, seed: 99 }), 'Seed'));
    expect(loads()).toHaveLength(2);
    expect(loads()[1]).toMatchObject({ runId: firstRun + 1, scenario: { seed: 99 } });
    expect(store.getState().runId).toBe(firstRun + 1);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
  });

  it('keeps playing across a new run; reset pauses and reloads the same document', async () => {
    const { store, sim, port, loads } = setup();
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    act(() => sim.current!.play());
    act(() => store.getState().edit((s) => ({ ...s, seed: 5 }), 'Seed'));
    expect(port().sent.map((m) => m.type)).toEqual(['hidden', 'load', 'play', 'load']);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    act(() => port().host.tick());
    await waitFor(() => expect(store.getState().playing).toBe(true));
    act(() => sim.current!.reset());
    expect(
      port()
        .sent.slice(-2)
        .map((m) => m.type),
    ).toEqual(['pause', 'load']);
    expect(loads().at(-1)).toMatchObject({ scenario: store.getState().scenario });
  });

  it('tells the worker when the tab is hidden', () => {
    const { port } = setup();
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
    }
    expect(port().sent.filter((m) => m.type === 'hidden')).toEqual([
      { type: 'hidden', hidden: false },
      { type: 'hidden', hidden: true },
    ]);
  });

  it('passes calls through to the engine and shows a failed load', async () => {
    const { store, sim } = setup();
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    const { QueueUrl } = await sim.current!.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', {
      QueueName: 'orders',
    });
    expect(QueueUrl).toContain('orders');
    act(() =>
      store
        .getState()
        .edit((s) => ({ ...s, edges: [{ ...s.edges[0]!, target: 'ghost' }] }), 'Break'),
    );
    await waitFor(() => expect(store.getState().status).toBe('failed'));
    expect(store.getState().problems.join(' ')).toMatch(/ghost/);
  });

  it('stops the worker when unmounted', () => {
    const { view, port } = setup();
    view.unmount();
    expect(port().terminated).toBe(true);
  });
});
