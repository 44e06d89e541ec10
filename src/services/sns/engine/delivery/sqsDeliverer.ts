import type { Deliverer } from './deliverers';
import { isRaw, sqsSend } from './payload';
import { awsManagedRetryDelayMs } from './retryPolicies';
import { sendToQueue } from './sqsTarget';

/**
 * [V] Delivery to an SQS subscription: SendMessage to the queue its endpoint ARN names, as SNS.
 * A refusal (queue gone, policy or key denies, [D] more than 10 attributes with raw delivery)
 * is a failed delivery; the AWS-managed policy retries server-side errors only.
 */
export const sqsDeliverer: Deliverer = {
  deliver({ sim, topic, subscription, notification }) {
    const context = { seed: sim.state.rng.seed, region: sim.state.sns.region };
    const send = sqsSend(context, topic, subscription, notification, subscription.endpoint);
    const result = sendToQueue(sim, topic, subscription.endpoint, send);
    if (!result.ok) return { ok: false, error: result.error };
    return {
      ok: true,
      raw: isRaw(subscription),
      queue: result.queue,
      sqsMessageId: result.messageId,
    };
  },
  retryDelayMs: awsManagedRetryDelayMs,
};
