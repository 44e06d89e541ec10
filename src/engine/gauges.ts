import type { Sim } from './sim';

/**
 * Each service's gauges by service name, then by resource name; a service adds its shape by module
 * augmentation, as for ServiceStates.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceGauges {}

export type WorldGauges = ServiceGauges & {
  /** By actor id. */
  actors: Record<string, Record<string, number | string>>;
};

/** Gauges as the page may hold them: before the first frame, no service has reported yet. */
export type HeldGauges = Partial<ServiceGauges> & Pick<WorldGauges, 'actors'>;

export function worldGauges(sim: Sim): WorldGauges {
  // Each service's gauges come from its own gauges(), under the name its augmentation gives;
  // the actors' come last.
  const byService: Record<string, unknown> = {};
  for (const plugin of sim.registry.plugins)
    if (plugin.gauges !== undefined) byService[plugin.name] = plugin.gauges(sim);
  const actors: Record<string, Record<string, number | string>> = {};
  for (const actor of sim.state.actors.byId.values())
    actors[actor.id] = sim.registry.behavior(actor.kind).gauges(sim, actor);
  return Object.assign({} as WorldGauges, byService, { actors });
}
