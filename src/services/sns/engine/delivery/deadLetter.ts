import type { ErrorData } from '../../../../engine/core/errors';
import type { DeliveryRef } from '../events';
import { deadLetterTargetArn } from '../redrivePolicy';
import type { Delivery } from './deliverers';
import { sqsSend } from './payload';
import { sendToQueue } from './sqsTarget';

/**
 * [D] SNS-DG sns-dead-letter-queues: a notification SNS gives up on goes to the subscription's
 * dead-letter queue, [V] in the form the subscription would have received it (raw: the message
 * and its attributes; else the JSON envelope; FIFO: its group and deduplication ids). SNS keeps
 * nothing: without a dead-letter queue, or when that send fails too, the notification is lost
 * (L31).
 */
export function giveUp(delivery: Delivery, ref: DeliveryRef, error: ErrorData): void {
  const { sim, topic, subscription, notification } = delivery;
  const target = deadLetterTargetArn(subscription.attributes.get('RedrivePolicy'));
  if (target === undefined) {
    sim.emit({ ...ref, type: 'sns/message-lost', error: error.name });
    return;
  }
  const context = { seed: sim.state.rng.seed, region: sim.state.sns.region };
  const result = sendToQueue(
    sim,
    topic,
    target,
    sqsSend(context, topic, subscription, notification, target),
  );
  if (result.ok) {
    topic.metrics.NumberOfNotificationsRedrivenToDlq++;
    sim.emit({
      ...ref,
      type: 'sns/moved-to-dlq',
      deadLetterQueue: result.queue,
      error: error.name,
    });
    return;
  }
  topic.metrics.NumberOfNotificationsFailedToRedriveToDlq++;
  sim.emit({
    ...ref,
    type: 'sns/message-lost',
    error: error.name,
    deadLetterQueue: result.queue,
    deadLetterError: result.error.name,
  });
}
