import type { EngineEvent } from '../events';
import type { SqsEvent } from '../services/sqs/events';
import { clock } from './format';
import { explainSqs } from './sqs';

/** A plain-language sentence for any engine event. */
export function explain(event: EngineEvent): string {
  if (event.type.startsWith('sqs/')) return explainSqs(event as SqsEvent);
  const { type, at, actor, ...details } = event as Record<string, unknown> & {
    type: string;
    actor: string;
  };
  const facts = Object.entries(details)
    .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
  return `${actor}: ${type.slice('actor/'.length).replace(/-/g, ' ')}${facts === '' ? '' : ` (${facts})`}.`;
}

/** A readable trace: one line per event, time since `start` first. */
export function trace(events: readonly EngineEvent[], start: number): string {
  return events.map((e) => `${clock(e.at, start)}  ${explain(e)}`).join('\n');
}
