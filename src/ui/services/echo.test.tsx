import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../engine';
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

describe('a new service on the page is one folder and one line in the list', () => {
  it('puts its node on the canvas, its kind in the palette, and its scenario through the checks', async () => {
    expect(uiServices.map((s) => s.name)).toContain('echo');
    const { PALETTE_ITEMS, validateScenario } = await import('./registry');
    expect(PALETTE_ITEMS.map((i) => i.key)).toContain('echo');
    const scenario: Scenario = {
      version: 1,
      name: 'Echo',
      description: '',
      seed: 1,
      lessons: [],
      nodes: [
        { id: 'e1', type: 'echo' as never, position: { x: 0, y: 0 }, config: { EchoName: 'hi' } },
      ],
      edges: [],
    };
    expect(validateScenario(scenario)).toMatchObject({ ok: true });
    renderWithStore(<Canvas />, scenario);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByRole('group', { name: 'e1, echo' })).toBeInTheDocument();
  });
});
