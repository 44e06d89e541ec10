import { Priority } from '../../../../engine/core/scheduler';
import type { Sim } from '../../../../engine/sim';
import type { SnsTopic, StoredNotification } from '../model';

/**
 * SNS hands a notification to its endpoints a few tens of milliseconds after Publish returns
 * (AWS documents no figure; the playground draws 10–50 ms per delivery from the subscription's
 * own seeded stream), so the log shows the publish, then each delivery.
 */
export const DELIVERY_DELAY_MS = { min: 10, max: 50 } as const;

/**
 * Schedules one delivery per confirmed subscription (a pending one gets nothing until
 * confirmed) and keeps the notification until they are done. [D] FIFO topics keep publish order
 * per subscription: a delivery is never scheduled before the subscription's previous one.
 * Returns how many deliveries were scheduled.
 */
export function fanOut(sim: Sim, topic: SnsTopic, notification: StoredNotification): number {
  const state = sim.state.sns;
  let count = 0;
  for (const arn of topic.subscriptions) {
    const subscription = state.subscriptions.get(arn);
    if (subscription === undefined || subscription.pendingConfirmation) continue;
    let at = sim.now + sim.random(`sns:${arn}`).int(DELIVERY_DELAY_MS.min, DELIVERY_DELAY_MS.max);
    if (topic.fifo) {
      at = Math.max(at, subscription.lastDeliveryAt);
      subscription.lastDeliveryAt = at;
    }
    sim.schedule(at, Priority.timer, {
      kind: 'sns/deliver',
      notification: notification.key,
      subscription: arn,
      attempt: 1,
    });
    count++;
  }
  notification.pending = count;
  if (count > 0) state.notifications.set(notification.key, notification);
  return count;
}
