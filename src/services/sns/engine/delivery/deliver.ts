import type { ErrorData } from '../../../../engine/core/errors';
import { Priority } from '../../../../engine/core/scheduler';
import type { Sim } from '../../../../engine/sim';
import type { DeliveryRef } from '../events';
import type { SnsTask } from '../types';
import { giveUp } from './deadLetter';
import { DELIVERERS, type Delivery } from './deliverers';
import { filterVerdict } from './filtering';

/**
 * One delivery of a notification to one subscription (task sns/deliver): the filter policy
 * decides first; then the protocol's deliverer tries. A server-side failure is retried by the
 * protocol's policy; a client-side one, or an exhausted policy, ends in the dead-letter queue
 * or in loss. CloudWatch counts per topic ([D] NumberOfNotificationsFailed counts each failed
 * try for HTTP/S, each notification given up for the other protocols).
 */
export function runDelivery(sim: Sim, task: SnsTask): void {
  const state = sim.state.sns;
  const notification = state.notifications.get(task.notification);
  if (notification === undefined) return;
  const subscription = state.subscriptions.get(task.subscription);
  const topic = state.topics.get(notification.topicArn);
  if (subscription === undefined || topic === undefined) {
    sim.emit({
      type: 'sns/delivery-cancelled',
      at: sim.now,
      topic: notification.topicName,
      messageId: notification.messageId,
      n: notification.n,
      subscription: task.subscription,
    });
    return finish(sim, task.notification);
  }
  const ref: DeliveryRef = {
    at: sim.now,
    topic: topic.name,
    messageId: notification.messageId,
    n: notification.n,
    subscription: subscription.arn,
    protocol: subscription.protocol,
    endpoint: subscription.endpoint,
  };
  if (task.attempt === 1) {
    const verdict = filterVerdict(subscription, notification);
    if (!verdict.deliver) {
      for (const metric of verdict.metrics) topic.metrics[metric]++;
      sim.emit({
        ...ref,
        type: 'sns/filtered-out',
        reason: verdict.reason,
        ...(verdict.why === undefined ? {} : { why: verdict.why }),
      });
      return finish(sim, task.notification);
    }
  }
  const delivery: Delivery = { sim, topic, subscription, notification, attempt: task.attempt };
  const deliverer = DELIVERERS.get(subscription.protocol);
  if (deliverer === undefined) throw new Error(`No deliverer for ${subscription.protocol}.`);
  const result = deliverer.deliver(delivery);
  if (result.ok) {
    topic.metrics.NumberOfNotificationsDelivered++;
    sim.emit({
      ...ref,
      type: 'sns/delivered',
      attempt: task.attempt,
      raw: result.raw,
      ...(result.queue === undefined ? {} : { queue: result.queue }),
      ...(result.sqsMessageId === undefined ? {} : { sqsMessageId: result.sqsMessageId }),
    });
    return finish(sim, task.notification);
  }
  const everyTry = subscription.protocol === 'http' || subscription.protocol === 'https';
  if (everyTry) topic.metrics.NumberOfNotificationsFailed++;
  const delay = serverSide(result.error) ? deliverer.retryDelayMs(task.attempt) : undefined;
  sim.emit({
    ...ref,
    type: 'sns/delivery-failed',
    attempt: task.attempt,
    error: result.error.name,
    message: result.error.message,
    ...(delay === undefined ? {} : { retryAt: sim.now + delay }),
  });
  if (delay !== undefined) {
    sim.schedule(sim.now + delay, Priority.timer, { ...task, attempt: task.attempt + 1 });
    return;
  }
  if (!everyTry) topic.metrics.NumberOfNotificationsFailed++;
  giveUp(delivery, ref, result.error);
  finish(sim, task.notification);
}

/**
 * [D] Client-side errors (the endpoint is gone, access is denied, the request is invalid) are
 * not retried; server errors and throttling are.
 */
function serverSide(error: ErrorData): boolean {
  return error.status >= 500 || /Throttl/.test(error.name);
}

function finish(sim: Sim, key: number): void {
  const notifications = sim.state.sns.notifications;
  const notification = notifications.get(key);
  if (notification === undefined) return;
  notification.pending--;
  if (notification.pending <= 0) notifications.delete(key);
}
