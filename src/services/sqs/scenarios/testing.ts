import {
  createEngine,
  type ActorEvent,
  loadScenario,
  type Engine,
  type EngineEvent,
  type LoadedScenario,
  type Scenario,
} from '../../../engine';

/** The event with that type: an SQS event's own shape, or an actor event. */
type EventOf<T extends string> = [Extract<EngineEvent, { type: T }>] extends [never]
  ? ActorEvent
  : Extract<EngineEvent, { type: T }>;

/** A scenario loaded and run for `ms` of virtual time; event times are made relative to the start. */
export interface Run {
  engine: Engine;
  loaded: LoadedScenario;
  events: EngineEvent[];
  /** Events of one type, with `t`: milliseconds since the scenario started. */
  of: <T extends EngineEvent['type']>(type: T) => (EventOf<T> & { t: number })[];
}

export async function run(scenario: Scenario, ms: number): Promise<Run> {
  const engine = createEngine({ seed: scenario.seed });
  const start = engine.now();
  const loaded = await loadScenario(engine, scenario);
  engine.advanceBy(ms);
  const events = engine.drain();
  const of = <T extends EngineEvent['type']>(type: T) => {
    const found = events.filter((e) => e.type === type).map((e) => ({ ...e, t: e.at - start }));
    return found as unknown as (EventOf<T> & { t: number })[];
  };
  return { engine, loaded, events, of };
}

/** Per queue, the most messages in flight at once, following received / deleted / expired events. */
export function maxInFlight(events: EngineEvent[], queue: string): number {
  const inFlight = new Set<string>();
  let max = 0;
  for (const e of events) {
    if (!('queue' in e) || e.queue !== queue || !('messageId' in e)) continue;
    if (e.type === 'sqs/received') inFlight.add(e.messageId);
    else if (
      e.type === 'sqs/deleted' ||
      e.type === 'sqs/visibility-expired' ||
      e.type === 'sqs/moved-to-dlq'
    )
      inFlight.delete(e.messageId);
    max = Math.max(max, inFlight.size);
  }
  return max;
}
