import type { TaskHandlers } from '../../../engine/plugin';
import type { ActionHandler } from '../../../engine/sim';
import { confirmSubscription } from './actions/confirmSubscription';
import { createTopic } from './actions/createTopic';
import { deleteTopic } from './actions/deleteTopic';
import { getTopicAttributes } from './actions/getTopicAttributes';
import { listSubscriptions, listSubscriptionsByTopic } from './actions/listSubscriptions';
import { listTopics } from './actions/listTopics';
import { addPermission, removePermission } from './actions/permissions';
import { publish } from './actions/publish';
import { publishBatch } from './actions/publishBatch';
import { setTopicAttributes } from './actions/setTopicAttributes';
import { subscribe } from './actions/subscribe';
import {
  getSubscriptionAttributes,
  setSubscriptionAttributes,
} from './actions/subscriptionAttributes';
import { listTagsForResource, tagResource, untagResource } from './actions/tagging';
import { unsubscribe } from './actions/unsubscribe';
import { runDelivery } from './delivery/deliver';
import { onTopic } from './guarded';
import type { SnsTask } from './types';

/**
 * The Amazon SNS actions of the playground, by their AWS names; those on one topic find it and
 * check its policy first (PublishBatch is authorized as sns:Publish).
 */
export const snsActions: Record<string, ActionHandler> = {
  AddPermission: onTopic('AddPermission', addPermission),
  ConfirmSubscription: confirmSubscription,
  CreateTopic: createTopic,
  DeleteTopic: deleteTopic,
  GetSubscriptionAttributes: getSubscriptionAttributes,
  GetTopicAttributes: onTopic('GetTopicAttributes', getTopicAttributes),
  ListSubscriptions: listSubscriptions,
  ListSubscriptionsByTopic: onTopic('ListSubscriptionsByTopic', listSubscriptionsByTopic),
  ListTagsForResource: listTagsForResource,
  ListTopics: listTopics,
  Publish: publish,
  PublishBatch: onTopic('Publish', publishBatch),
  RemovePermission: onTopic('RemovePermission', removePermission),
  SetSubscriptionAttributes: setSubscriptionAttributes,
  SetTopicAttributes: onTopic('SetTopicAttributes', setTopicAttributes),
  Subscribe: onTopic('Subscribe', subscribe),
  TagResource: tagResource,
  Unsubscribe: unsubscribe,
  UntagResource: untagResource,
};

/** SNS's scheduled work, by task kind. */
export const snsTasks: TaskHandlers<SnsTask> = {
  'sns/deliver': runDelivery,
};
