import type { ActorEvent, EngineEvent } from '../events';
import type { SqsEvent } from '../services/sqs/events';
import { explainActor, type MessageLabels } from './actors';
import { clock } from './format';
import { explainSqs } from './sqs';

/** A plain-language sentence for any engine event; `labels` names messages "m-12" in actor lines. */
export function explain(event: EngineEvent, labels?: MessageLabels): string {
  return event.type.startsWith('sqs/')
    ? explainSqs(event as SqsEvent)
    : explainActor(event as ActorEvent, labels);
}

/** Learns message labels from the events that carry both a MessageId and its ordinal. */
export function learnLabels(
  events: readonly EngineEvent[],
  labels = new Map<string, number>(),
): Map<string, number> {
  for (const e of events) if (e.type === 'sqs/sent') labels.set(e.messageId, e.n);
  return labels;
}

/** A readable trace: one line per event, time since `start` first. */
export function trace(events: readonly EngineEvent[], start: number): string {
  const labels = learnLabels(events);
  return events.map((e) => `${clock(e.at, start)}  ${explain(e, labels)}`).join('\n');
}
