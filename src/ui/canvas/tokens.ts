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
 * What a token's place depends on, as a key; undefined for a returning message (its place
 * depends on the tracker, so it is worked out each time) and for events that draw no token.
 * At high speed every frame brings thousands of new events but only a few such keys.
 */
function placeKey(e: LoggedEvent['event']): string | undefined {
  switch (e.type) {
    case 'sqs/sent':
    case 'sqs/empty-receive':
    case 'sqs/receive-retried':
      return `${e.type}|${e.queue}|${e.by}`;
    case 'sqs/received':
      return `${e.type}|${e.receiveCount > 1 ? 'again' : 'first'}|${e.queue}|${e.by}`;
    case 'sqs/moved-to-dlq':
      return `${e.type}|${e.queue}|${e.deadLetterQueue}`;
    case 'sqs/deleted':
    case 'sqs/delay-ended':
      return `${e.type}|${e.queue}`;
    default:
      return undefined;
  }
}

const placements = new WeakMap<WorldIndex, Map<string, Placed | null>>();

function placedOf(
  e: LoggedEvent['event'],
  index: WorldIndex,
  receiverOf: (queue: string, messageId: string) => string | undefined,
): Placed | undefined {
  const key = placeKey(e);
  if (key === undefined) return withGroup(placeOf(e, index, receiverOf));
  let cache = placements.get(index);
  if (cache === undefined) placements.set(index, (cache = new Map()));
  let placed = cache.get(key);
  if (placed === undefined) {
    placed = withGroup(placeOf(e, index, receiverOf)) ?? null;
    cache.set(key, placed);
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
 * A crowded group only counts: the work per event is a lookup or two, whatever the speed.
 */
export function collectTokens(
  events: readonly LoggedEvent[],
  now: number,
  flight: number,
  index: WorldIndex,
  receiverOf: (queue: string, messageId: string) => string | undefined,
): Token[] {
  // Per group: the newest AGGREGATE_OVER + 1 tokens (enough to tell a crowd) and the count.
  const groups = new Map<string, { tokens: Token[]; count: number }>();
  for (let i = events.length - 1; i >= 0; i--) {
    const { seq, event: e } = events[i]!;
    if (e.at <= now - flight) break;
    if (e.at > now) continue;
    const placed = placedOf(e, index, receiverOf);
    if (placed === undefined) continue;
    let group = groups.get(placed.group);
    if (group === undefined) groups.set(placed.group, (group = { tokens: [], count: 0 }));
    group.count++;
    if (group.tokens.length > AGGREGATE_OVER) continue;
    const { group: _group, ...place } = placed;
    group.tokens.push({
      key: String(seq),
      ...place,
      departAt: e.at,
      arriveAt: e.at + flight,
      count: 1,
      ...('n' in e && typeof e.n === 'number' ? { label: `m-${e.n}` } : {}),
    });
  }
  const tokens: Token[] = [];
  for (const [groupKey, group] of groups) {
    if (group.count <= AGGREGATE_OVER) tokens.push(...group.tokens);
    else {
      // Newest first: the aggregate sits where the stream is, with the count.
      const { label: _label, ...newest } = group.tokens[0]!;
      tokens.push({ ...newest, key: `agg:${groupKey}`, count: group.count });
    }
  }
  return tokens;
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
