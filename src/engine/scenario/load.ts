import type { Engine } from '../engine';
import type { Registry } from '../registry';
import { isUnconnected, type Made } from './kinds';
import type { Scenario } from './types';

/** What each service adds to a loaded scenario, by module augmentation (as for ServiceStates). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceLoaded {}

export type LoadedScenario = ServiceLoaded & {
  /** What was made for each resource node, by node id (its URL, its ARN, ...). */
  made: Record<string, Readonly<Record<string, string>>>;
  /** ActorId of the script player, when the scenario has a script or narration. */
  scriptActorId?: string;
};

/** The actor that plays a scenario's script and narration (kind "script"). */
export const SCRIPT_ACTOR_ID = 'scenario-script';

/**
 * Builds a validated scenario's world through the door, as a user would: each service makes its
 * resources (in the order of the list of services, each in the order it needs), then the actors
 * are made, wired by their edges (unconnected ones stay out), then the script. The engine's seed
 * is the caller's (createEngine({ seed: scenario.seed })).
 */
export async function loadScenarioWith(
  registry: Registry,
  engine: Engine,
  scenario: Scenario,
): Promise<LoadedScenario> {
  const made: Made = new Map();
  for (const plugin of registry.plugins) await plugin.scenario?.load?.(engine, scenario, made);
  for (const node of scenario.nodes) {
    const kind = registry.nodeKind(node.type);
    // An actor with nothing to work with does nothing; the canvas says so on the node.
    if (kind?.role !== 'actor' || isUnconnected(kind, scenario, node)) continue;
    const edge = kind.connection?.(scenario, node);
    const wiring = edge === undefined ? {} : (kind.wiring?.(node, edge, scenario, made) ?? {});
    await engine.call('playground', 'CreateActor', {
      ActorId: node.id,
      Kind: node.type,
      Config: { ...node.config, ...wiring },
    });
  }
  // Each service's part was made by its own loaded(), under the names its augmentation gives.
  const loaded: LoadedScenario = Object.assign(
    {} as ServiceLoaded,
    ...registry.plugins.map((p) => p.scenario?.loaded?.(made) ?? {}),
    { made: Object.fromEntries(made) },
  );
  if ((scenario.script ?? []).length === 0 && (scenario.narration ?? []).length === 0)
    return loaded;
  await engine.call('playground', 'CreateActor', {
    ActorId: SCRIPT_ACTOR_ID,
    Kind: 'script',
    Config: { Steps: scenario.script ?? [], Narration: scenario.narration ?? [] },
  });
  return { ...loaded, scriptActorId: SCRIPT_ACTOR_ID };
}
