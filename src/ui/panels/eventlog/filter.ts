import type { EngineEvent } from '../../../engine';
import type { LoggedEvent } from '../../../store/simSlice';
import { messageIdOf } from '../../../protocol/scenarioLookup';
import { historyMatcher, resolveMessageId } from '../../../protocol/historyMatch';
import { ALL_GROUPS, groupsOf } from './groups';

export interface EventFilter {
  /** The filter buttons pressed (LogGroup keys). */
  groups: ReadonlySet<string>;
  nodeId: string | undefined;
  messageId: string | undefined;
  text: string;
}

/** How the log words an event: explainIn of the world's scenario. */
export type Explain = (event: EngineEvent) => string;

/** Sentences are computed once per event object and kept while the event is in the log. */
const sentences = new WeakMap<Explain, WeakMap<object, string>>();
export function sentenceOf(event: EngineEvent, explain: Explain): string {
  let byEvent = sentences.get(explain);
  if (byEvent === undefined) sentences.set(explain, (byEvent = new WeakMap()));
  let s = byEvent.get(event);
  if (s === undefined) {
    s = explain(event);
    byEvent.set(event, s);
  }
  return s;
}

export function filterEvents(
  events: readonly LoggedEvent[],
  filter: EventFilter,
  nodesOf: (event: EngineEvent) => readonly string[],
  explain: Explain,
): LoggedEvent[] {
  const text = filter.text.trim().toLowerCase();
  const allGroups = filter.groups.size === ALL_GROUPS.size;
  if (allGroups && filter.nodeId === undefined && filter.messageId === undefined && text === '')
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
    nodesOf,
  );
  return events.filter(({ event }) => {
    if (!allGroups && !groupsOf(event).some((g) => filter.groups.has(g))) return false;
    if (!about(event)) return false;
    if (
      text !== '' &&
      !sentenceOf(event, explain).toLowerCase().includes(text) &&
      !(messageIdOf(event) ?? '').toLowerCase().includes(text)
    )
      return false;
    return true;
  });
}
