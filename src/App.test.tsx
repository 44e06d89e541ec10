import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { SimClient } from './client/simClient';
import { createAppStore, StoreContext } from './store';
import { noticesStore } from './ui/notices/noticesStore';
import { inProcessPort } from './worker/inProcessPort';

/** jsdom cannot start workers: the same host runs in-process behind the same client. */
const createClient = () => new SimClient(inProcessPort({ wallNow: () => 0 }));

describe('App', () => {
  it('opens the first-visit scenario with its canvas, controls and panels', async () => {
    render(
      <StoreContext.Provider value={createAppStore()}>
        <App createClient={createClient} />
      </StoreContext.Provider>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Messaging Playground' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /play/i })).toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'Panels' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Event log and metrics' })).toBeInTheDocument();
  });

  it('says once that a scenario was opened, even over a run that had moved on', async () => {
    noticesStore.getState().clear();
    const store = createAppStore();
    render(
      <StoreContext.Provider value={store}>
        <App createClient={createClient} />
      </StoreContext.Provider>,
    );
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    act(() => store.setState({ now: store.getState().startTime + 60_000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Scenarios' }));
    const picker = screen.getByRole('dialog', { name: 'Built-in scenarios' });
    fireEvent.click(within(picker).getByRole('button', { name: 'DLQ catching a poison message' }));
    const notices = within(screen.getByLabelText('Notifications'));
    expect(notices.getAllByRole('region').map((n) => n.getAttribute('aria-label'))).toEqual([
      'Opened “DLQ catching a poison message”.',
    ]);

    // An edit of the setup after the run moved on still says why the clock is back at 0:00.
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    act(() => store.setState({ now: store.getState().startTime + 60_000 }));
    act(() => store.getState().edit((s) => ({ ...s, seed: s.seed + 1 }), 'Seed changed'));
    expect(notices.getByText(/simulation started again from 0:00/)).toBeInTheDocument();
  }, 20_000); // an in-process world, twice, on a shared machine
});
