import type { EngineEvent, Scenario } from '../../../engine';
import { explain } from '../../services/registry';
import type { LoggedEvent } from '../../../store/simSlice';
import { messageIdOf } from '../../../protocol/scenarioLookup';
import { historyMatcher, resolveMessageId } from '../../../protocol/historyMatch';

/** The event log's filter buttons; an event may belong to more than one. */
export const EVENT_KINDS = [
  ['sends', 'Sends'],
  ['receives', 'Receives'],
  ['deletes', 'Deletes'],
  ['visibility', 'Visibility'],
  ['dlq', 'DLQ'],
  ['errors', 'Errors & throttling'],
  ['actors', 'Actors'],
  ['other', 'Other'],
] as const;

export type EventKind = (typeof EVENT_KINDS)[number][0];

const SQS_KINDS: Record<string, EventKind[]> = {
  'sqs/sent': ['sends'],
  'sqs/duplicate-dropped': ['sends'],
  'sqs/delay-ended': ['sends'],
  'sqs/received': ['receives'],
  'sqs/receive-retried': ['receives'],
  'sqs/empty-receive': ['receives'],
  'sqs/poll-started': ['receives'],
  'sqs/duplicate-delivered': ['receives'],
  'sqs/reordered': ['receives'],
  'sqs/deleted': ['deletes'],
  'sqs/expired': ['deletes'],
  'sqs/purged': ['deletes'],
  'sqs/visibility-changed': ['visibility'],
  'sqs/visibility-expired': ['visibility'],
  'sqs/moved-to-dlq': ['dlq'],
  'sqs/redriven': ['dlq'],
  'sqs/move-task-finished': ['dlq'],
  'sqs/throttled': ['errors'],
};

export function kindsOf(event: EngineEvent): EventKind[] {
  const sqs = SQS_KINDS[event.type];
  if (sqs !== undefined) return sqs;
  if (!event.type.startsWith('actor/')) return ['other'];
  const failed =
    event.type.endsWith('-failed') ||
    event.type === 'actor/crashed' ||
    (event.type === 'actor/invoked' && (event as { outcome?: unknown }).outcome !== 'success');
  return failed ? ['actors', 'errors'] : ['actors'];
}

export interface EventFilter {
  kinds: ReadonlySet<EventKind>;
  nodeId: string | undefined;
  messageId: string | undefined;
  text: string;
}

export const ALL_KINDS: ReadonlySet<EventKind> = new Set(EVENT_KINDS.map(([k]) => k));

/** Sentences are computed once per event object and kept while the event is in the log. */
const sentences = new WeakMap<object, string>();
export function sentenceOf(event: EngineEvent): string {
  let s = sentences.get(event);
  if (s === undefined) {
    s = explain(event);
    sentences.set(event, s);
  }
  return s;
}

export function filterEvents(
  events: readonly LoggedEvent[],
  filter: EventFilter,
  scenario: Scenario,
  queues: Map<string, string>,
): LoggedEvent[] {
  const text = filter.text.trim().toLowerCase();
  const allKinds = filter.kinds.size === ALL_KINDS.size;
  if (allKinds && filter.nodeId === undefined && filter.messageId === undefined && text === '')
    return events as LoggedEvent[];
  const about = historyMatcher(
    {
      ...(filter.messageId !== undefined && {
        messageId: resolveMessageId(
          filter.messageId,
          events.map((e) => e.event),
        ),
      }),
      ...(filter.nodeId !== undefined && { nodeId: filter.nodeId }),
    },
    scenario,
    queues,
  );
  return events.filter(({ event }) => {
    if (!allKinds && !kindsOf(event).some((k) => filter.kinds.has(k))) return false;
    if (!about(event)) return false;
    if (
      text !== '' &&
      !sentenceOf(event).toLowerCase().includes(text) &&
      !(messageIdOf(event) ?? '').toLowerCase().includes(text)
    )
      return false;
    return true;
  });
}
