import type { Protocol } from './model';

/**
 * What SNS tells the world. Each event names its topic (by name, as its node names it); those
 * about a notification carry its MessageId and readable ordinal `n`; those about a delivery name
 * the subscription, its protocol and its endpoint (a queue ARN, a URL, an address).
 */
interface Base {
  at: number;
  topic: string;
}

interface NotificationRef extends Base {
  messageId: string;
  n: number;
}

export interface DeliveryRef extends NotificationRef {
  subscription: string;
  protocol: Protocol;
  endpoint: string;
}

/** Why a filter policy kept a notification from a subscription (as CloudWatch counts them). */
export type FilteredReason =
  'no-match' | 'no-attributes' | 'invalid-attributes' | 'invalid-message-body';

export type SnsEvent =
  | (Base & { type: 'sns/topic-created'; fifo: boolean })
  | (Base & { type: 'sns/topic-deleted'; subscriptionsDeleted: number })
  | (Base & { type: 'sns/topic-attributes-changed'; attributes: Record<string, string> })
  | (Base & {
      type: 'sns/subscribed';
      by: string;
      subscription: string;
      protocol: Protocol;
      endpoint: string;
      pendingConfirmation: boolean;
    })
  | (Base & {
      type: 'sns/confirmation-requested';
      subscription: string;
      protocol: Protocol;
      endpoint: string;
      /** What the endpoint receives, to pass to ConfirmSubscription (valid 2 days). */
      token: string;
    })
  | (Base & {
      type: 'sns/subscription-confirmed';
      subscription: string;
      protocol: Protocol;
      endpoint: string;
    })
  | (Base & {
      type: 'sns/unsubscribed';
      by: string;
      subscription: string;
      protocol: Protocol;
      endpoint: string;
    })
  | (Base & {
      type: 'sns/subscription-attributes-changed';
      subscription: string;
      attributes: Record<string, string>;
    })
  | (NotificationRef & {
      type: 'sns/published';
      by: string;
      size: number;
      /** Confirmed subscriptions the notification goes to. */
      subscriptions: number;
      groupId?: string;
      sequenceNumber?: string;
    })
  | (Base & {
      type: 'sns/duplicate-dropped';
      by: string;
      dedupId: string;
      originalMessageId: string;
      windowEndsAt: number;
    })
  | (DeliveryRef & {
      type: 'sns/filtered-out';
      reason: FilteredReason;
      /** The matcher's own sentence: which key failed, and how. */
      why?: string;
    })
  | (DeliveryRef & {
      type: 'sns/delivered';
      attempt: number;
      raw: boolean;
      /** SQS deliveries: the queue's name and the new SQS message's id. */
      queue?: string;
      sqsMessageId?: string;
    })
  | (DeliveryRef & {
      type: 'sns/delivery-failed';
      attempt: number;
      error: string;
      message: string;
      /** Set when SNS will try again (server-side errors only). */
      retryAt?: number;
    })
  | (DeliveryRef & { type: 'sns/moved-to-dlq'; deadLetterQueue: string; error: string })
  | (DeliveryRef & {
      type: 'sns/message-lost';
      error: string;
      /** The subscription's dead-letter queue, when sending there failed too. */
      deadLetterQueue?: string;
      deadLetterError?: string;
    })
  /** The subscription was deleted (Unsubscribe, DeleteTopic) before its delivery came. */
  | (NotificationRef & { type: 'sns/delivery-cancelled'; subscription: string })
  /** A Publish to a phone number (PhoneNumber), not to a topic. */
  | {
      type: 'sns/sms-published';
      at: number;
      by: string;
      phoneNumber: string;
      messageId: string;
      n: number;
    };
