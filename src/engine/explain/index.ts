import type { ActorEvent, EngineEvent } from '../events';
import type { SqsEvent } from '../services/sqs/events';
import { explainActor } from './actors';
import { clock } from './format';
import { explainSqs } from './sqs';

/** A plain-language sentence for any engine event. */
export function explain(event: EngineEvent): string {
  return event.type.startsWith('sqs/')
    ? explainSqs(event as SqsEvent)
    : explainActor(event as ActorEvent);
}

/** A readable trace: one line per event, time since `start` first. */
export function trace(events: readonly EngineEvent[], start: number): string {
  return events.map((e) => `${clock(e.at, start)}  ${explain(e)}`).join('\n');
}
