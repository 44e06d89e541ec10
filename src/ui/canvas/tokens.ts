import type { Speed } from '../../protocol/messages';
import type { LoggedEvent } from '../../store/simSlice';
import type { WorldIndex } from './graph';

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
  'send' | 'receive' | 'redelivery' | 'empty' | 'return' | 'dlq' | 'delete' | 'delay-ended';

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
  /** ...the others flash at a node. */
  nodeId?: string;
  departAt: number;
  arriveAt: number;
  /** 1, or how many tokens this one stands for. */
  count: number;
  /** "m-12" for single messages. */
  label?: string;
}

type Place = Pick<Token, 'kind' | 'edgeId' | 'reverse' | 'nodeId'>;
/** A place with the key of its group (same kind, same edge or node, same direction). */
type Placed = Place & { group: string };

/**
 * Placements by what they depend on: event type (a received message split into first and
 * again), queue, then the actor or dead-letter queue. Nested maps instead of one joined key, so
 * finding the place of an event allocates nothing: at high speed every render walks hundreds.
 */
class PlaceCache {
  readonly #byType = new Map<string, Map<string, Map<string, Placed | null>>>();

  get(type: string, queue: string, detail: string): Placed | null | undefined {
    return this.#byType.get(type)?.get(queue)?.get(detail);
  }

  set(type: string, queue: string, detail: string, placed: Placed | null): void {
    let byQueue = this.#byType.get(type);
    if (byQueue === undefined) this.#byType.set(type, (byQueue = new Map()));
    let byDetail = byQueue.get(queue);
    if (byDetail === undefined) byQueue.set(queue, (byDetail = new Map()));
    byDetail.set(detail, placed);
  }
}

const placements = new WeakMap<WorldIndex, PlaceCache>();

/**
 * Where an event's token goes. A returning message's place depends on the tracker, so it is
 * worked out each time; every other kind is cached per world.
 */
function placedOf(
  e: LoggedEvent['event'],
  index: WorldIndex,
  receiverOf: (queue: string, messageId: string) => string | undefined,
): Placed | undefined {
  let type: string;
  let detail: string;
  switch (e.type) {
    case 'sqs/sent':
    case 'sqs/empty-receive':
    case 'sqs/receive-retried':
      type = e.type;
      detail = e.by;
      break;
    case 'sqs/received':
      type = e.receiveCount > 1 ? 'sqs/received again' : e.type;
      detail = e.by;
      break;
    case 'sqs/moved-to-dlq':
      type = e.type;
      detail = e.deadLetterQueue;
      break;
    case 'sqs/deleted':
    case 'sqs/delay-ended':
      type = e.type;
      detail = '';
      break;
    case 'sqs/visibility-expired':
      return withGroup(placeOf(e, index, receiverOf));
    default:
      return undefined; // draws no token
  }
  let cache = placements.get(index);
  if (cache === undefined) placements.set(index, (cache = new PlaceCache()));
  let placed = cache.get(type, e.queue, detail);
  if (placed === undefined) {
    placed = withGroup(placeOf(e, index, receiverOf)) ?? null;
    cache.set(type, e.queue, detail, placed);
  }
  return placed ?? undefined;
}

function withGroup(place: Place | undefined): Placed | undefined {
  if (place === undefined) return undefined;
  const group = `${place.kind}|${place.edgeId ?? place.nodeId ?? ''}|${place.reverse === true ? 'r' : ''}`;
  return { ...place, group };
}

/**
 * The tokens in flight at `now`: one per event of the last `flight` ms that moves a message,
 * grouped per edge and kind; a crowded group becomes one token with a count.
 * `receiverOf` names the actor that last received a message (visibility expiry returns it).
 * A crowded group only counts: the work per event is a lookup or two, whatever the speed, and
 * tokens are made only for what is drawn.
 */
export function collectTokens(
  events: readonly LoggedEvent[],
  now: number,
  flight: number,
  index: WorldIndex,
  receiverOf: (queue: string, messageId: string) => string | undefined,
): Token[] {
  // Per group, newest first: its place, the first AGGREGATE_OVER + 1 events (enough to tell a
  // crowd) and the count.
  const groups = new Map<string, { placed: Placed; newest: LoggedEvent[]; count: number }>();
  for (let i = events.length - 1; i >= 0; i--) {
    const logged = events[i]!;
    const e = logged.event;
    if (e.at <= now - flight) break;
    if (e.at > now) continue;
    const placed = placedOf(e, index, receiverOf);
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
  { group, kind, edgeId, reverse, nodeId }: Placed,
  slot: number,
  e: LoggedEvent['event'],
  flight: number,
  count = 1,
): Token {
  return {
    key: `${group}#${slot}`,
    kind,
    ...(edgeId === undefined ? {} : { edgeId }),
    ...(reverse === undefined ? {} : { reverse }),
    ...(nodeId === undefined ? {} : { nodeId }),
    departAt: e.at,
    arriveAt: e.at + flight,
    count,
    ...(count === 1 && 'n' in e && typeof e.n === 'number' ? { label: `m-${e.n}` } : {}),
  };
}

function placeOf(
  e: LoggedEvent['event'],
  index: WorldIndex,
  receiverOf: (queue: string, messageId: string) => string | undefined,
): Place | undefined {
  const atQueue = (kind: Place['kind']) => {
    const nodeId =
      'queue' in e && typeof e.queue === 'string' ? index.queueNodeId(e.queue) : undefined;
    return nodeId === undefined ? undefined : { kind, nodeId };
  };
  /** Along the edge between the queue and the actor reading it, or at the queue. */
  const toReader = (
    queue: string,
    by: string | undefined,
    kind: Place['kind'],
  ): Place | undefined => {
    const reader = by === undefined ? undefined : index.nodeIdOfActor(by);
    const edgeId = reader === undefined ? undefined : index.readerEdge(queue, reader);
    return edgeId === undefined ? atQueue(kind) : { kind, edgeId };
  };
  switch (e.type) {
    case 'sqs/sent': {
      const producer = index.nodeIdOfActor(e.by);
      const edgeId = producer === undefined ? undefined : index.sendsToEdge(producer, e.queue);
      return edgeId === undefined ? atQueue('send') : { kind: 'send', edgeId };
    }
    case 'sqs/received':
      return toReader(e.queue, e.by, e.receiveCount > 1 ? 'redelivery' : 'receive');
    case 'sqs/receive-retried':
      return toReader(e.queue, e.by, 'redelivery');
    case 'sqs/empty-receive':
      return toReader(e.queue, e.by, 'empty');
    case 'sqs/visibility-expired': {
      const place = toReader(e.queue, receiverOf(e.queue, e.messageId), 'return');
      return place !== undefined && 'edgeId' in place ? { ...place, reverse: true } : place;
    }
    case 'sqs/moved-to-dlq': {
      const edgeId = index.deadLetterEdge(e.queue, e.deadLetterQueue);
      return edgeId === undefined ? atQueue('dlq') : { kind: 'dlq', edgeId };
    }
    case 'sqs/deleted':
      return atQueue('delete');
    case 'sqs/delay-ended':
      return atQueue('delay-ended');
    default:
      return undefined;
  }
}
