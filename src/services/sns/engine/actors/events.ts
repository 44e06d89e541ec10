import type { CallFailed } from '../../../../engine/events';

/** What the SNS actor kinds (the publisher) report. */
export type SnsActorEvent =
  | CallFailed<'actor/publish-failed'>
  | { type: 'actor/finished'; at: number; actor: string; attempted: number };

const TYPES = new Set<string>(['actor/publish-failed', 'actor/finished']);

export function isSnsActorEvent(event: { type: string }): event is SnsActorEvent {
  return TYPES.has(event.type);
}

declare module '../../../../engine/events' {
  interface ServiceActorEvents {
    sns: SnsActorEvent;
  }
}
