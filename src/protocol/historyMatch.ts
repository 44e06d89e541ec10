import type { EngineEvent } from '../engine';
import type { HistoryQuery } from './messages';
import { messageIdOf } from './scenarioLookup';

/** "m-12" (as every screen shows a message), also "M12" or "12": the message's ordinal. */
export function labelNumber(typed: string): number | undefined {
  const label = /^m?-?(\d+)$/i.exec(typed.trim());
  return label === null ? undefined : Number(label[1]);
}

/** The ordinal `n` a service's event gives its message (actor events name only the MessageId). */
function ordinalOf(event: EngineEvent): number | undefined {
  return 'n' in event ? event.n : undefined;
}

/**
 * The MessageId the user means: what they typed, or the id of the message a label names, found
 * among `events` (oldest first: its send names both). A seeded duplicate shares both.
 */
export function resolveMessageId(typed: string, events: Iterable<EngineEvent>): string {
  const n = labelNumber(typed);
  if (n === undefined) return typed.trim();
  for (const event of events) {
    if (ordinalOf(event) !== n) continue;
    const id = messageIdOf(event);
    if (id !== undefined) return id;
  }
  return typed.trim();
}

/**
 * The message and node filters of the event log, as one predicate: the main thread applies it
 * to its recent window, the worker to the run's archive (src/worker/history.ts), so both sides
 * of the door find the same events. `messageId` is already resolved (resolveMessageId);
 * `nodesOf` is the engine's eventNodes for the scenario.
 */
export function historyMatcher(
  query: HistoryQuery,
  nodesOf: (event: EngineEvent) => readonly string[],
): (event: EngineEvent) => boolean {
  const { messageId, nodeId } = query;
  return (event) =>
    (messageId === undefined || messageIdOf(event) === messageId) &&
    (nodeId === undefined || nodesOf(event).includes(nodeId));
}
