import { ECHO_SCENARIO } from '../../test/echo/scenario';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EPOCH_START, type EngineEvent, type WorldGauges } from '../../engine';
import { createAppStore } from '../../store';
import { EventLog } from '../panels/EventLog';
import { Metrics } from '../panels/Metrics';
import { renderPanel } from '../panels/testing/harness';
import { uiServices } from '../../services/ui';
import { Canvas } from '../canvas/Canvas';
import { renderWithStore } from '../canvas/testing';
import type { UiService } from './plugin';

// The one line a new service adds to the page's list.
vi.mock('../../services/ui', async (real) => {
  const list = (await real<{ uiServices: UiService[] }>()).uiServices;
  const { echoUi } = await import('../../test/echo/ui');
  return { uiServices: [...list, echoUi] };
});

const scenario = ECHO_SCENARIO;

describe('a new service on the page is one folder and one line in the list', () => {
  it('puts its node on the canvas, its kind in the palette, and its scenario through the checks', async () => {
    expect(uiServices.map((s) => s.name)).toContain('echo');
    const { PALETTE_ITEMS, validateScenario } = await import('./registry');
    expect(PALETTE_ITEMS.map((i) => i.key)).toContain('echo');
    expect(validateScenario(scenario)).toMatchObject({ ok: true });
    renderWithStore(<Canvas />, scenario);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByRole('group', { name: 'hi, echo' })).toBeInTheDocument();
  });

  it('tells its events in the log, in its own words', () => {
    const echoed = { type: 'echo/echoed', at: EPOCH_START + 1000, echo: 'hi', text: 'hello' };
    const store = createAppStore();
    store.setState({
      scenario,
      startTime: EPOCH_START,
      events: [{ seq: 0, event: echoed as unknown as EngineEvent }],
    });
    renderPanel(<EventLog />, store);
    const log = within(screen.getByRole('list', { name: 'Events' }));
    expect(log.getByRole('button')).toHaveTextContent('hi repeated “hello”.');
  });

  it('charts its gauges in the metrics of its selected node', async () => {
    const store = createAppStore();
    store.setState({ scenario, selectedNodeId: 'e1', startTime: EPOCH_START });
    renderPanel(<Metrics />, store);
    act(() => {
      for (let s = 0; s <= 3; s++)
        store.setState({
          now: EPOCH_START + s * 1000,
          gauges: { actors: {}, echo: { hi: { Repeated: s } } } as unknown as WorldGauges,
        });
    });
    const [chart] = await screen.findAllByRole('figure', {}, { timeout: 2_000 });
    expect(chart).toHaveTextContent('Repeated 3');
  });
});
