import { createEngine, type Engine, type EngineEvent } from '../index';

/** A small driver for engine tests: everything goes through the door. */
export interface World {
  engine: Engine;
  events: EngineEvent[];
  /** Advances and collects the events. */
  run(ms: number): EngineEvent[];
  queue(name: string, attributes?: Record<string, string>): Promise<string>;
  actor(
    id: string,
    kind: string,
    config: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  describe(id: string): Promise<{
    Status: string;
    Gauges: Record<string, number | string>;
    Config: Record<string, unknown>;
  }>;
  of(type: string, where?: Record<string, unknown>): EngineEvent[];
}

export function world(seed = 1): World {
  const engine = createEngine({ seed });
  const events: EngineEvent[] = [];
  const w: World = {
    engine,
    events,
    run(ms) {
      engine.advanceBy(ms);
      const fresh = engine.drain();
      events.push(...fresh);
      return fresh;
    },
    async queue(name, attributes = {}) {
      const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
        QueueName: name,
        Attributes: attributes,
      });
      return QueueUrl;
    },
    actor: (id, kind, config) =>
      engine.call('playground', 'CreateActor', { ActorId: id, Kind: kind, Config: config }),
    describe: (id) => engine.call('playground', 'DescribeActor', { ActorId: id }),
    of(type, where = {}) {
      events.push(...engine.drain());
      return events.filter(
        (e) =>
          e.type === type &&
          Object.entries(where).every(
            ([k, v]) => (e as unknown as Record<string, unknown>)[k] === v,
          ),
      );
    },
  };
  return w;
}
