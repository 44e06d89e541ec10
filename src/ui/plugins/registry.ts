import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { describe } from '../../engine';
import { uiServices } from '../../services/ui';
import type {
  BuiltInScenario,
  PaletteEntry,
  UiEdgeKind,
  UiLive,
  UiNodeKind,
  UiPanel,
} from './plugin';

/**
 * Items by key, refusing a key two services bring (as the engine's registry does): the page
 * must not silently show one service's node, scenario or lesson as another's.
 */
function unique<T>(items: readonly T[], key: (item: T) => string, what: string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) {
    if (byKey.has(key(item))) throw new Error(`Two services bring the ${what} "${key(item)}".`);
    byKey.set(key(item), item);
  }
  return byKey;
}

/**
 * The page's services, assembled once from the list in src/services/ui.ts: the one place the
 * shell reads it. Lookups are by own entry (Maps), as a shared scenario's types are untrusted.
 */
const nodes = unique(
  uiServices.flatMap((s) => s.nodes),
  (k) => k.type,
  'node type',
);
const edges = unique(
  uiServices.flatMap((s) => s.edges),
  (k) => k.type,
  'edge type',
);

/** The list itself, for panels that gather one slot of every service (log, moments, charts). */
export { uiServices };

export function nodeKind(type: string): UiNodeKind | undefined {
  return nodes.get(type);
}

export function edgeKind(type: string): UiEdgeKind | undefined {
  return edges.get(type);
}

/** What the services do on the running canvas (src/ui/canvas/live.ts), with their names. */
export const LIVE: readonly { readonly service: string; readonly live: UiLive }[] =
  uiServices.flatMap((s) => (s.live === undefined ? [] : [{ service: s.name, live: s.live }]));

/** One component per node type and edge type (module constants: React Flow wants them stable). */
export const FLOW_NODE_TYPES: NodeTypes = Object.fromEntries(
  [...nodes].map(([type, kind]) => [type, kind.component]),
);
export const FLOW_EDGE_TYPES: EdgeTypes = Object.fromEntries(
  [...edges].map(([type, kind]) => [type, kind.component]),
);

/** A palette entry with the node type it adds. */
export type PaletteItem = PaletteEntry & { readonly type: UiNodeKind['type'] };

/** The palette's entries; a dragged entry is found again by its key. */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
  ...unique(
    [...nodes.values()].flatMap((kind) =>
      kind.palette.map((entry) => ({ ...entry, type: kind.type })),
    ),
    (item) => item.key,
    'palette entry',
  ).values(),
];

/**
 * The engine's answers for the page, from the descriptions its services carry (the page never
 * loads the code that runs a world: that is the worker's). displayName: a resource by its name,
 * an actor by its id; kindLabel: "Lambda function".
 */
export const {
  explain,
  explainIn,
  actorOwners,
  validateScenario,
  isUnconnectedActor,
  proposeConnection,
  connectNodes,
  nodeName: displayName,
  nodeLabel: kindLabel,
  eventNodes,
  nodeSettings,
} = describe(uiServices.map((s) => s.description));

/** Every service's built-in scenarios, in the order of the list. */
export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  ...unique(
    uiServices.flatMap((s) => s.scenarios ?? []),
    (b) => b.id,
    'built-in scenario',
  ).values(),
];

/** Every service's tabs of the details panel, in the order of the list. */
export const SERVICE_PANELS: readonly UiPanel[] = [
  ...unique(
    uiServices.flatMap((s) => s.panels ?? []),
    (p) => p.id,
    'panel',
  ).values(),
];

/** Every service's lesson titles, by lesson id. */
export const LESSON_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  unique(
    uiServices.flatMap((s) => Object.entries(s.lessons ?? {})),
    ([id]) => id,
    'lesson',
  ).values(),
);
