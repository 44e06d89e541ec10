import { useAppStore } from '../../store';
import type { QueueGauges } from '../../engine';

/** One queue gauge, by queue name: a primitive, so the node re-renders only when it changes. */
export function useQueueGauge(
  queue: string | undefined,
  key: keyof QueueGauges,
): number | undefined {
  return useAppStore((s) => (queue === undefined ? undefined : s.gauges.sqs[queue]?.[key]));
}

/** One actor gauge (Status, InProgress, ...), by actor id. */
export function useActorGauge(actorId: string, key: string): number | string | undefined {
  return useAppStore((s) => s.gauges.actors[actorId]?.[key]);
}
