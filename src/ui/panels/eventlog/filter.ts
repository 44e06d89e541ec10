import type { EngineEvent } from '../../../engine';
import { explain } from '../../plugins/registry';
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
  nodesOf: (event: EngineEvent) => readonly string[],
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
      !sentenceOf(event).toLowerCase().includes(text) &&
      !(messageIdOf(event) ?? '').toLowerCase().includes(text)
    )
      return false;
    return true;
  });
}
