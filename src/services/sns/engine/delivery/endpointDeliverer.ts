import type { Deliverer } from './deliverers';
import { isRaw } from './payload';

/**
 * Delivery to an endpoint outside the playground's services (HTTP/S, email, SMS, mobile push,
 * Lambda, Firehose): the event log names the protocol and endpoint. The endpoints themselves —
 * servers that answer or fail, inboxes, phones — and their retry policies (HTTP/S per the
 * delivery policy, customer-managed for email/SMS/push) come with their actors.
 */
export const endpointDeliverer: Deliverer = {
  deliver: ({ subscription }) => ({ ok: true, raw: isRaw(subscription) }),
  retryDelayMs: () => undefined,
};
