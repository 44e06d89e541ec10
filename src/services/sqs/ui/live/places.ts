import type { EngineEvent, Scenario } from '../../../../engine';
import { placed, type Place, type PlaceOf, type Placed } from '../../../../ui/canvas/tokens';
import { worldIndex, type WorldIndex } from './worldIndex';

/** The actor that last received a message (a returning message goes back along its edge). */
export type ReceiverOf = (queue: string, messageId: string) => string | undefined;

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

/**
 * Where SQS's events put tokens in one world. A returning message's place depends on the
 * tracker, so it is worked out each time; every other kind is cached for the world.
 */
export function sqsPlaces(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  receiverOf: ReceiverOf,
): PlaceOf {
  const index = worldIndex(scenario);
  const cache = new PlaceCache();
  const fresh = (e: EngineEvent) => {
    const place = placeOf(e, index, receiverOf);
    return place === undefined ? undefined : placed(place);
  };
  return (e) => {
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
        return fresh(e);
      default:
        return undefined; // draws no token
    }
    let found = cache.get(type, e.queue, detail);
    if (found === undefined) cache.set(type, e.queue, detail, (found = fresh(e) ?? null));
    return found ?? undefined;
  };
}

function placeOf(e: EngineEvent, index: WorldIndex, receiverOf: ReceiverOf): Place | undefined {
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
      const sender = index.nodeIdOfActor(e.by);
      if (sender === undefined) return atQueue('send');
      const edgeId = index.sendsToEdge(sender, e.queue);
      if (edgeId !== undefined) return { kind: 'send', edgeId };
      // A consumer's replies leave its bottom for the top of the queue they go to.
      const reply = index.repliesToEdge(sender, e.queue);
      return reply === undefined
        ? atQueue('send')
        : { kind: 'send', edgeId: reply, fromAbove: true };
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
      // A dead-letter edge leaves the bottom of its queue for the top of the other.
      const edgeId = index.deadLetterEdge(e.queue, e.deadLetterQueue);
      return edgeId === undefined ? atQueue('dlq') : { kind: 'dlq', edgeId, fromAbove: true };
    }
    case 'sqs/deleted':
      return atQueue('delete');
    case 'sqs/delay-ended':
      return atQueue('delay-ended');
    default:
      return undefined;
  }
}
