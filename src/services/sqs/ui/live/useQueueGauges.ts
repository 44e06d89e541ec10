import type { QueueGauges } from '../../../../engine';
import { useShownGauge } from '../../../../ui/canvas/useGauges';

/** One queue gauge, by queue name, as the canvas shows it. */
export function useQueueGauge(queue: string, key: keyof QueueGauges): number | undefined {
  return useShownGauge((g) => g.sqs?.[queue]?.[key]);
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
