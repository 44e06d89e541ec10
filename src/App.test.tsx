import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { SimClient } from './client/simClient';
import { createAppStore, StoreContext } from './store';
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
});
