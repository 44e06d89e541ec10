import type { ErrorData } from '../../../../engine/core/errors';
import type { Sim } from '../../../../engine/sim';
import type { Protocol, SnsSubscription, SnsTopic, StoredNotification } from '../model';
import { endpointDeliverer } from './endpointDeliverer';
import { sqsDeliverer } from './sqsDeliverer';

/** One try at handing a notification to one subscription's endpoint. */
export interface Delivery {
  sim: Sim;
  topic: SnsTopic;
  subscription: SnsSubscription;
  notification: StoredNotification;
  attempt: number;
}

export type DeliveryResult =
  | { ok: true; raw: boolean; queue?: string; sqsMessageId?: string }
  | { ok: false; error: ErrorData };

/** How one protocol delivers, and retries after a server-side failure. */
export interface Deliverer {
  deliver(delivery: Delivery): DeliveryResult;
  /** The wait before retrying after failed attempt `attempt`, or undefined: give up. */
  retryDelayMs(attempt: number): number | undefined;
}

/**
 * The deliverer of each protocol. SQS goes through SQS's own actions; the other endpoints (HTTP
 * servers, inboxes, phones, functions, streams) arrive with their actors in a later branch and
 * until then accept every notification.
 */
export const DELIVERERS: ReadonlyMap<Protocol, Deliverer> = new Map<Protocol, Deliverer>([
  ['sqs', sqsDeliverer],
  ['http', endpointDeliverer],
  ['https', endpointDeliverer],
  ['email', endpointDeliverer],
  ['email-json', endpointDeliverer],
  ['sms', endpointDeliverer],
  ['application', endpointDeliverer],
  ['lambda', endpointDeliverer],
  ['firehose', endpointDeliverer],
]);
