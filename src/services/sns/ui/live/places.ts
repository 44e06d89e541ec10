import type { EngineEvent, Scenario } from '../../../../engine';
import { placed, type PlaceOf, type Placed } from '../../../../ui/canvas/tokens';
import { topicNameOf } from '../names';

/**
 * Where SNS's events put tokens in one world: a publish rides its publishes-to edge; each
 * delivery rides its subscription edge, so one publish fans out as one token per subscription;
 * a copy a filter policy keeps out sets off on its edge and stops (kind "filtered"); a failed
 * delivery flashes at the topic. Places are made once per edge and handed out again.
 */
export function snsPlaces(world: Pick<Scenario, 'nodes' | 'edges'>): PlaceOf {
  const topicIds = new Map<string, string>();
  for (const n of world.nodes) {
    const name = topicNameOf(n);
    if (name !== undefined) topicIds.set(name, n.id);
  }
  const queueIds = new Map<string, string>();
  for (const n of world.nodes)
    if (n.type === 'sqs-queue' && typeof n.config.QueueName === 'string')
      queueIds.set(n.config.QueueName, n.id);
  const edgeBy = new Map(world.edges.map((e) => [`${e.type}|${e.source}|${e.target}`, e.id]));
  const cache = new Map<string, Placed | null>();
  const cached = (key: string, make: () => Placed | undefined) => {
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = make() ?? null));
    return found ?? undefined;
  };
  /** The subscription edge from a topic to the queue an endpoint ARN names. */
  const subscriptionEdge = (topic: string, endpoint: string) => {
    const queue = queueIds.get(endpoint.slice(endpoint.lastIndexOf(':') + 1));
    return edgeBy.get(`subscription|${topicIds.get(topic) ?? ''}|${queue ?? ''}`);
  };
  return (e: EngineEvent) => {
    switch (e.type) {
      case 'sns/published':
        return cached(`p|${e.by}|${e.topic}`, () => {
          const edgeId = edgeBy.get(`publishes-to|${e.by}|${topicIds.get(e.topic) ?? ''}`);
          const nodeId = topicIds.get(e.topic);
          if (edgeId !== undefined) return placed({ kind: 'send', edgeId });
          return nodeId === undefined ? undefined : placed({ kind: 'send', nodeId });
        });
      case 'sns/delivered':
      case 'sns/filtered-out':
        return cached(`${e.type}|${e.topic}|${e.endpoint}`, () => {
          const edgeId = subscriptionEdge(e.topic, e.endpoint);
          const kind = e.type === 'sns/delivered' ? 'send' : 'filtered';
          return edgeId === undefined ? undefined : placed({ kind, edgeId });
        });
      case 'sns/delivery-failed':
      case 'sns/message-lost':
        return cached(`failed|${e.topic}`, () => {
          const nodeId = topicIds.get(e.topic);
          return nodeId === undefined ? undefined : placed({ kind: 'dlq', nodeId });
        });
      default:
        return undefined;
    }
  };
}
