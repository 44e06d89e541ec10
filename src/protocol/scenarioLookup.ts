import type { EngineEvent } from '../engine';

/** The message an event is about, if any. */
export function messageIdOf(event: EngineEvent): string | undefined {
  return 'messageId' in event ? event.messageId : undefined;
}
