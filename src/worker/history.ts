import { eventNodes, type Scenario } from '../engine';
import type { HistoryAnswer, HistoryQuery } from '../protocol/messages';
import { historyMatcher, resolveMessageId } from '../protocol/historyMatch';
import type { EventArchive } from './eventArchive';

/**
 * The archived events about one message or node, for an event log filter: the main thread keeps
 * only a recent window, so what a learner looks for after a jump is found here. The matching rule
 * is the log's own (the engine's eventNodes and the message, shared with the main thread).
 * No world (it failed or has not loaded): nothing to find.
 */
export function answerHistory(
  archive: EventArchive,
  query: HistoryQuery,
  runId: number,
  world: { scenario: Scenario } | undefined,
  requestId: number,
  limit: number,
): HistoryAnswer {
  if (world === undefined)
    return {
      type: 'history',
      requestId,
      runId,
      events: [],
      upToSeq: 0,
      keptFromSeq: 0,
      leftOut: 0,
    };
  const resolved: HistoryQuery = {
    ...query,
    ...(query.messageId !== undefined && { messageId: resolveMessageId(query.messageId, archive) }),
  };
  const matches = historyMatcher(resolved, eventNodes(world.scenario));
  const { events, leftOut } = archive.find(matches, limit);
  return {
    type: 'history',
    requestId,
    runId,
    events,
    upToSeq: archive.nextSeq,
    keptFromSeq: archive.firstSeq,
    leftOut,
  };
}
