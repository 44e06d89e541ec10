import type { Scenario } from '../../engine';
import type { AppStore } from '../../store';
import { LIVE } from '../plugins/registry';
import type { PlaceOf } from './tokens';

/** Has every service follow the store from now on: from the first frame, views have history. */
export function followLive(store: AppStore): void {
  for (const live of LIVE) live.follow?.(store);
}

/**
 * Where events put tokens in one world: each service places its own events among its own nodes,
 * so resources of two services that share a name never meet. The first service with a place for
 * an event has it (a service has none for another's events).
 */
export function placesIn(world: Pick<Scenario, 'nodes' | 'edges'>, store: AppStore): PlaceOf {
  const each = LIVE.map((live) => live.places(world, store));
  // By index: this runs for every event in flight on every frame.
  return (e) => {
    for (let i = 0; i < each.length; i++) {
      const place = each[i]!(e);
      if (place !== undefined) return place;
    }
    return undefined;
  };
}
