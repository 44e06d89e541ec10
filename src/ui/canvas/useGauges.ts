import { useStore } from 'zustand';
import { useAppStoreApi } from '../../store';
import type { QueueGauges } from '../../engine';
import { shownGaugesFor } from './shownGauges';

/**
 * One queue gauge, by queue name, as the canvas shows it (shownGauges.ts): a primitive, so the
 * node re-renders only when it changes.
 */
export function useQueueGauge(queue: string, key: keyof QueueGauges): number | undefined {
  return useStore(shownGaugesFor(useAppStoreApi()), (s) => s.gauges.sqs[queue]?.[key]);
}

/** A queue's messages by state, as its counts and chips show them (undefined before it runs). */
export function useQueueCounts(queue: string): {
  visible: number | undefined;
  inflight: number | undefined;
  delayed: number | undefined;
} {
  return {
    visible: useQueueGauge(queue, 'ApproximateNumberOfMessagesVisible'),
    inflight: useQueueGauge(queue, 'ApproximateNumberOfMessagesNotVisible'),
    delayed: useQueueGauge(queue, 'ApproximateNumberOfMessagesDelayed'),
  };
}

/** One actor gauge (Status, InProgress, ...), by actor id, as the canvas shows it. */
export function useActorGauge(actorId: string, key: string): number | string | undefined {
  return useStore(shownGaugesFor(useAppStoreApi()), (s) => s.gauges.actors[actorId]?.[key]);
}
