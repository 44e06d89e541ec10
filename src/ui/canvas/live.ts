import type { EngineEvent, Scenario } from '../../engine';
import type { AppStore } from '../../store';
import { actorOwners, LIVE } from '../plugins/registry';
import type { PlaceOf } from './tokens';

/** Has every service follow the store from now on: from the first frame, views have history. */
export function followLive(store: AppStore): void {
  for (const { live } of LIVE) live.follow?.(store);
}

/**
 * Where events put tokens in one world: each service places its own events among its own nodes,
 * so resources of two services that share a name never meet. A service's events are its own; an
 * actor's are the service's whose actor it is (its kind's), or, for an actor no node accounts
 * for, the first service's with a place for it.
 */
export function placesIn(
  world: Pick<Scenario, 'nodes' | 'edges'>,
  store: AppStore,
  lives: typeof LIVE = LIVE,
): PlaceOf {
  const each = lives.map(({ service, live }) => ({ service, placeOf: live.places(world, store) }));
  const ownerOfActor = actorOwners(world);
  const ownerOfType = new Map<string, string>();
  const ownerOf = (e: EngineEvent): string | undefined => {
    if ('actor' in e) return ownerOfActor(e.actor);
    let owner = ownerOfType.get(e.type);
    if (owner === undefined) ownerOfType.set(e.type, (owner = e.type.split('/')[0] ?? ''));
    return owner;
  };
  // By index: this runs for every event in flight on every frame.
  return (e) => {
    const owner = ownerOf(e);
    for (let i = 0; i < each.length; i++) {
      const { service, placeOf } = each[i]!;
      if (owner !== undefined && service !== owner) continue;
      const place = placeOf(e);
      if (place !== undefined) return place;
    }
    return undefined;
  };
}
