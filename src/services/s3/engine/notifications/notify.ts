import { Priority } from '../../../../engine/core/scheduler';
import type { Sim } from '../../../../engine/sim';
import type { NotificationTarget, S3Bucket } from '../model';
import { eventSelected } from './eventTypes';
import { rule } from './overlap';
import { encodeKey, eventMessage, type ObjectChange } from './records';

/**
 * [D] S3 UG EventNotifications: "typically delivered in seconds". The playground takes one second
 * from the write to the destination, so the event travels visibly and arrives after the call.
 */
export const DELIVERY_DELAY_MS = 1000;

/**
 * After an object changed: one delivery on its way for each configuration whose event types and
 * key filter match (at most one per event, as configurations cannot overlap). Returns how many.
 */
export function notify(sim: Sim, bucket: S3Bucket, change: ObjectChange): number {
  let scheduled = 0;
  for (const target of bucket.notifications) {
    if (!eventSelected(target.events, change.event) || !keyMatches(target, change.key)) continue;
    sim.schedule(sim.now + DELIVERY_DELAY_MS, Priority.timer, {
      kind: 's3/deliver',
      bucket: bucket.name,
      bucketArn: bucket.arn,
      key: change.key,
      eventName: change.event.slice('s3:'.length),
      configurationId: target.id,
      destination: target.arn,
      destinationKind: target.kind,
      message: eventMessage(bucket, sim.state.s3, change, target.id),
      sentAt: sim.now,
    });
    scheduled++;
  }
  return scheduled;
}

/**
 * [D] S3 UG notification-how-to-filtering: filter values are written URL-encoded ("+" for a
 * space), so they are matched against the key as the event record spells it.
 */
function keyMatches(target: NotificationTarget, key: string): boolean {
  const encoded = encodeKey(key);
  return encoded.startsWith(rule(target, 'Prefix')) && encoded.endsWith(rule(target, 'Suffix'));
}
