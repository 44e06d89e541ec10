import { createRngState, type RngState } from './core/rng';
import { createSchedulerState, type SchedulerState } from './core/scheduler';
import type { IdState } from './core/ids';
import { createActorsState, type ActorsState } from './actors/state';
import type { Registry } from './registry';
import type { Task } from './tasks';

/**
 * Each service's part of the world, by service name. Empty here: a service adds its own by module
 * augmentation (`declare module '.../state' { interface ServiceStates { <name>: <State> } }`), so
 * the core never names one.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceStates {}

/** Everything the world is, as data: cloning this is a snapshot. */
export type WorldState = {
  scheduler: SchedulerState<Task>;
  rng: RngState;
  ids: IdState;
  actors: ActorsState;
} & ServiceStates;

/** 2025-01-01T00:00:00Z: every world starts at the same instant, so runs compare bit for bit. */
export const EPOCH_START = 1_735_689_600_000;

export function createWorldState(
  registry: Registry,
  seed: number,
  startTime = EPOCH_START,
): WorldState {
  const own: Record<string, unknown> = {};
  for (const plugin of registry.plugins)
    if (plugin.createState !== undefined) own[plugin.name] = plugin.createState();
  const core = {
    scheduler: createSchedulerState<Task>(startTime),
    rng: createRngState(seed),
    ids: {},
  };
  // Each service's state is made by its own createState, under the name its augmentation gives;
  // the actors come last, as before services were plug-ins (a snapshot reads the same).
  return Object.assign(core as WorldState, own, { actors: createActorsState() });
}
