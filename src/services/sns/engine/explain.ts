import { ms } from '../../../engine/explain/format';
import type { DeliveryRef, SnsEvent } from './events';

/** A notification's readable label ("n-4"), beside SQS's messages ("m-4"). */
export const notificationLabel = (n: number) => `n-${n}`;

/** One plain sentence per SNS event, with the numbers that caused it. */
export function explainSns(e: SnsEvent): string {
  switch (e.type) {
    case 'sns/topic-created':
      return `${e.topic}: ${e.fifo ? 'FIFO' : 'standard'} topic created.`;
    case 'sns/topic-deleted':
      return `${e.topic}: topic deleted with its ${e.subscriptionsDeleted} subscription(s).`;
    case 'sns/topic-attributes-changed':
      return `${e.topic}: attributes changed (${settings(e.attributes)}).`;
    case 'sns/subscribed':
      return `${e.by} subscribed ${e.protocol} endpoint ${e.endpoint} to ${e.topic}${
        e.pendingConfirmation
          ? '; it receives nothing until the endpoint confirms the subscription'
          : '; confirmed at once'
      }.`;
    case 'sns/confirmation-requested':
      return `${e.topic} sent a confirmation request to ${e.endpoint}: ConfirmSubscription with its token (valid 2 days) activates the subscription.`;
    case 'sns/subscription-confirmed':
      return `${e.endpoint} confirmed its ${e.protocol} subscription to ${e.topic}: notifications flow from now on.`;
    case 'sns/unsubscribed':
      return `${e.by} unsubscribed ${e.protocol} endpoint ${e.endpoint} from ${e.topic}.`;
    case 'sns/subscription-attributes-changed':
      return `${e.topic}: subscription of ${short(e.subscription)} changed (${settings(e.attributes)}).`;
    case 'sns/published':
      return `${notificationLabel(e.n)} published to ${e.topic} by ${e.by}${
        e.groupId === undefined ? '' : ` in group ${e.groupId}`
      }: one copy for each of its ${e.subscriptions} confirmed subscription(s).`;
    case 'sns/duplicate-dropped':
      return `${e.topic}: a publish with deduplication id ${short(e.dedupId)} was accepted but not delivered: the same id was published within 5 minutes (the window ends ${ms(e.windowEndsAt - e.at)} from now).`;
    case 'sns/filtered-out':
      return `${notificationLabel(e.n)} not sent to ${target(e)}: ${e.why ?? `${FILTERED[e.reason]}.`}`;
    case 'sns/delivered':
      return `${notificationLabel(e.n)} delivered to ${target(e)}${
        e.raw ? ' as the raw message' : ' in its JSON envelope'
      }${e.attempt > 1 ? ` on try ${e.attempt}` : ''}.`;
    case 'sns/delivery-failed':
      return `${notificationLabel(e.n)} could not be delivered to ${target(e)}: ${e.error} (${e.message}). ${
        e.retryAt === undefined
          ? 'SNS does not retry this error.'
          : `A server-side error: SNS tries again in ${ms(e.retryAt - e.at)}.`
      }`;
    case 'sns/moved-to-dlq':
      return `${notificationLabel(e.n)} kept in dead-letter queue ${e.deadLetterQueue}: delivery to ${target(e)} failed (${e.error}).`;
    case 'sns/message-lost':
      return `${notificationLabel(e.n)} lost for ${target(e)}: delivery failed (${e.error}) and ${
        e.deadLetterQueue === undefined
          ? 'the subscription has no dead-letter queue — SNS does not keep messages'
          : `sending it to dead-letter queue ${e.deadLetterQueue} failed too (${e.deadLetterError ?? 'error'})`
      }.`;
    case 'sns/delivery-cancelled':
      return `${notificationLabel(e.n)} not delivered to ${short(e.subscription)}: the subscription was deleted before its delivery.`;
    case 'sns/sms-published':
      return `${notificationLabel(e.n)} sent by ${e.by} as an SMS to ${e.phoneNumber}.`;
  }
}

const FILTERED = {
  'no-match': "the subscription's filter policy does not match it",
  'no-attributes': 'it has no message attributes for the filter policy to match',
  'invalid-attributes': 'its attributes are malformed for the filter policy',
  'invalid-message-body': 'the filter policy reads the message body, which is not a JSON object',
} as const;

function target(e: DeliveryRef): string {
  return `${e.protocol} endpoint ${e.endpoint}`;
}

function settings(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([k, v]) => `${k}=${v === '' ? '""' : v.length > 60 ? `${v.slice(0, 57)}…` : v}`)
    .join(', ');
}

function short(id: string): string {
  return id.length > 24 ? `…${id.slice(-12)}` : id;
}
