import type { EngineEvent } from '../../../engine';
import type { UiService } from '../../../ui/plugins/plugin';

/** Which filter buttons each SNS event is under; "sends" and "errors" are shared with SQS. */
const GROUPS: Partial<Record<EngineEvent['type'], string[]>> = {
  'sns/published': ['sends', 'publishes'],
  'sns/sms-published': ['publishes'],
  'sns/duplicate-dropped': ['publishes'],
  'sns/delivered': ['deliveries'],
  'sns/delivery-failed': ['deliveries', 'errors'],
  'sns/moved-to-dlq': ['deliveries', 'dlq'],
  'sns/message-lost': ['deliveries', 'errors'],
  'sns/delivery-cancelled': ['deliveries'],
  'sns/filtered-out': ['filtered'],
  'sns/subscribed': ['subscriptions'],
  'sns/unsubscribed': ['subscriptions'],
  'sns/confirmation-requested': ['subscriptions'],
  'sns/subscription-confirmed': ['subscriptions'],
  'sns/subscription-attributes-changed': ['subscriptions'],
  'actor/publish-failed': ['errors'],
};

/** SNS's part of the event log's filters: publishes, deliveries, filtering, subscriptions. */
export const snsLog: NonNullable<UiService['log']> = {
  groups: [
    { key: 'publishes', label: 'Publishes' },
    { key: 'deliveries', label: 'Deliveries' },
    { key: 'filtered', label: 'Filtered out' },
    { key: 'subscriptions', label: 'Subscriptions' },
  ],
  groupsOf: (event) => GROUPS[event.type] ?? [],
};
