import type { EngineEvent } from '../../engine';
import type { Speed } from '../../protocol/messages';
import type { LoggedEvent } from '../../store/simSlice';

/** A message's flight along an edge lasts this long in virtual time at 1x. */
export const BASE_FLIGHT_MS = 400;
/** Upper bound of a flight in virtual time, whatever the speed. */
export const MAX_FLIGHT_MS = 30_000;
/** More tokens than this on one edge (of one kind) at once are drawn as one token with a count. */
export const AGGREGATE_OVER = 6;

/**
 * The virtual duration of a flight. It grows with the speed so a token stays on screen about
 * 400 ms of wall time; it is still a function of virtual time, so pause and step need nothing.
 */
export function flightMs(speed: Speed): number {
  if (speed === 'max') return MAX_FLIGHT_MS;
  return Math.min(MAX_FLIGHT_MS, Math.max(BASE_FLIGHT_MS, Math.round(BASE_FLIGHT_MS * speed)));
}

/** Where a token is on its way: (now − departAt) / (arriveAt − departAt), clamped to 0–1. */
export function progress(now: number, departAt: number, arriveAt: number): number {
  if (arriveAt <= departAt) return now >= arriveAt ? 1 : 0;
  return Math.min(1, Math.max(0, (now - departAt) / (arriveAt - departAt)));
}

export type TokenKind =
  | 'send'
  | 'receive'
  | 'redelivery'
  | 'empty'
  | 'return'
  | 'dlq'
  | 'delete'
  | 'delay-ended'
  /** A copy kept from its edge (a filter policy): it sets out and stops a third of the way. */
  | 'filtered';

/** How far along its edge a filtered token gets before it stops. */
export const FILTERED_STOPS_AT = 1 / 3;

export interface Token {
  /**
   * Its group and its place in the group, newest first: at high speed the tokens of an edge
   * change every frame, and patching the same element costs far less than replacing it (tokens
   * hold no state of their own; where they are drawn is computed from virtual time).
   */
  key: string;
  kind: TokenKind;
  /** Moving tokens ride an edge (from its target back to its source when `reverse`)... */
  edgeId?: string;
  reverse?: boolean;
  /** ...leaving its source's bottom for its target's top when `fromAbove` (else right to left)... */
  fromAbove?: boolean;
  /** ...the others flash at a node. */
  nodeId?: string;
  departAt: number;
  arriveAt: number;
  /** 1, or how many tokens this one stands for. */
  count: number;
  /** "m-12" for single messages. */
  label?: string;
}

/** Where an event's token goes: along an edge or at a node (the service says, see `placed`). */
export type Place = Pick<Token, 'kind' | 'edgeId' | 'reverse' | 'fromAbove' | 'nodeId'>;
/** A place with the key of its group (same kind, same edge or node, same direction). */
export type Placed = Place & { readonly group: string };

/**
 * Where one event's token goes in a world, or undefined for an event that draws none. It runs
 * for every event in flight on every frame, so a service keeps the places it made and hands them
 * out again: finding one should allocate nothing.
 */
export type PlaceOf = (e: EngineEvent) => Placed | undefined;

/** A place with its group key, made once per place (services cache what this returns). */
export function placed(place: Place): Placed {
  const group = `${place.kind}|${place.edgeId ?? place.nodeId ?? ''}|${place.reverse === true ? 'r' : ''}`;
  return { ...place, group };
}

/**
 * The tokens in flight at `now`: one per event of the last `flight` ms that moves a message,
 * grouped per edge and kind; a crowded group becomes one token with a count.
 * A crowded group only counts: the work per event is a lookup or two, whatever the speed, and
 * tokens are made only for what is drawn.
 */
export function collectTokens(
  events: readonly LoggedEvent[],
  now: number,
  flight: number,
  placeOf: PlaceOf,
): Token[] {
  // Per group, newest first: its place, the first AGGREGATE_OVER + 1 events (enough to tell a
  // crowd) and the count.
  const groups = new Map<string, { placed: Placed; newest: LoggedEvent[]; count: number }>();
  for (let i = events.length - 1; i >= 0; i--) {
    const logged = events[i]!;
    const e = logged.event;
    if (e.at <= now - flight) break;
    if (e.at > now) continue;
    const placed = placeOf(e);
    if (placed === undefined) continue;
    let group = groups.get(placed.group);
    if (group === undefined) groups.set(placed.group, (group = { placed, newest: [], count: 0 }));
    group.count++;
    if (group.newest.length <= AGGREGATE_OVER) group.newest.push(logged);
  }
  const tokens: Token[] = [];
  for (const { placed, newest, count } of groups.values()) {
    if (count <= AGGREGATE_OVER) {
      newest.forEach((logged, slot) => tokens.push(tokenOf(placed, slot, logged.event, flight)));
    } else {
      // The aggregate sits where the stream is (its newest event), with the count.
      tokens.push(tokenOf(placed, 0, newest[0]!.event, flight, count));
    }
  }
  return tokens;
}

function tokenOf(
  { group, kind, edgeId, reverse, fromAbove, nodeId }: Placed,
  slot: number,
  e: EngineEvent,
  flight: number,
  count = 1,
): Token {
  return {
    key: `${group}#${slot}`,
    kind,
    ...(edgeId === undefined ? {} : { edgeId }),
    ...(reverse === undefined ? {} : { reverse }),
    ...(fromAbove === undefined ? {} : { fromAbove }),
    ...(nodeId === undefined ? {} : { nodeId }),
    departAt: e.at,
    arriveAt: e.at + flight,
    count,
    ...(count === 1 && 'n' in e && typeof e.n === 'number' ? { label: `m-${e.n}` } : {}),
  };
}
