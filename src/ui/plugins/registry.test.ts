import { describe, expect, it, vi } from 'vitest';
import { Registry } from '../../engine/registry';
import { services } from '../../services/engine';
import { uiServices } from '../../services/ui';
import type { UiService } from './plugin';
import { edgeKind, nodeKind } from './registry';

describe('the page’s services', () => {
  const engine = new Registry(services);

  it('are the engine’s, in its order, each with the engine’s own description', () => {
    const named = services.filter((s) => s.name !== 'playground');
    expect(uiServices.map((s) => s.name)).toEqual(named.map((s) => s.name));
    for (const ui of uiServices) {
      const plugin = named.find((s) => s.name === ui.name);
      expect(ui.description.scenario).toBe(plugin?.scenario);
      expect(ui.description.explain).toBe(plugin?.explain);
    }
  });

  it('draw every node and edge type the engine’s scenarios can hold', () => {
    for (const type of engine.nodeTypes()) expect(nodeKind(type), type).toBeDefined();
    for (const type of engine.edgeTypes()) expect(edgeKind(type), type).toBeDefined();
  });

  it('refuse a second service bringing a node type, scenario, panel or lesson already brought', async () => {
    vi.resetModules();
    vi.doMock('../../services/ui', async () => {
      const real = await vi.importActual<{ uiServices: UiService[] }>('../../services/ui');
      const sqs = real.uiServices.find((s) => s.name === 'sqs')!;
      return { uiServices: [...real.uiServices, { ...sqs, name: 'copy' }] };
    });
    await expect(import('./registry')).rejects.toThrow(/Two services bring the node type/);
    vi.doUnmock('../../services/ui');
  });
});
