import type { TaskHandlers } from '../../../engine/plugin';
import type { ActionHandler } from '../../../engine/sim';
import type { SqsTask } from './types';
import { addPermission } from './actions/addPermission';
import { cancelMessageMoveTask } from './actions/cancelMessageMoveTask';
import { changeMessageVisibility } from './actions/changeMessageVisibility';
import { changeMessageVisibilityBatch } from './actions/changeMessageVisibilityBatch';
import { createQueue } from './actions/createQueue';
import { deleteMessage } from './actions/deleteMessage';
import { deleteMessageBatch } from './actions/deleteMessageBatch';
import { deleteQueue } from './actions/deleteQueue';
import { getQueueAttributes } from './actions/getQueueAttributes';
import { getQueueUrl } from './actions/getQueueUrl';
import { listDeadLetterSourceQueues } from './actions/listDeadLetterSourceQueues';
import { listMessageMoveTasks } from './actions/listMessageMoveTasks';
import { listQueues } from './actions/listQueues';
import { listQueueTags } from './actions/listQueueTags';
import { purgeQueue } from './actions/purgeQueue';
import { receiveMessage } from './actions/receiveMessage';
import { removePermission } from './actions/removePermission';
import { sendMessage } from './actions/sendMessage';
import { sendMessageBatch } from './actions/sendMessageBatch';
import { setQueueAttributes } from './actions/setQueueAttributes';
import { startMessageMoveTask } from './actions/startMessageMoveTask';
import { tagQueue } from './actions/tagQueue';
import { untagQueue } from './actions/untagQueue';
import { afterChange, expirePoll } from './polls';
import { wake } from './lifecycle';
import { runMoveTask } from './moveTasks';
import { guarded } from './guarded';

/** Every action of the Amazon SQS API, by its AWS name; those on one queue check access first. */
export const sqsActions: Record<string, ActionHandler> = {
  AddPermission: guarded('AddPermission', addPermission),
  CancelMessageMoveTask: cancelMessageMoveTask,
  ChangeMessageVisibility: guarded('ChangeMessageVisibility', changeMessageVisibility),
  ChangeMessageVisibilityBatch: guarded(
    'ChangeMessageVisibilityBatch',
    changeMessageVisibilityBatch,
  ),
  CreateQueue: createQueue,
  DeleteMessage: guarded('DeleteMessage', deleteMessage),
  DeleteMessageBatch: guarded('DeleteMessageBatch', deleteMessageBatch),
  DeleteQueue: guarded('DeleteQueue', deleteQueue),
  GetQueueAttributes: guarded('GetQueueAttributes', getQueueAttributes),
  GetQueueUrl: getQueueUrl,
  ListDeadLetterSourceQueues: guarded('ListDeadLetterSourceQueues', listDeadLetterSourceQueues),
  ListMessageMoveTasks: listMessageMoveTasks,
  ListQueues: listQueues,
  ListQueueTags: guarded('ListQueueTags', listQueueTags),
  PurgeQueue: guarded('PurgeQueue', purgeQueue),
  ReceiveMessage: guarded('ReceiveMessage', receiveMessage),
  RemovePermission: guarded('RemovePermission', removePermission),
  SendMessage: guarded('SendMessage', sendMessage),
  SendMessageBatch: guarded('SendMessageBatch', sendMessageBatch),
  SetQueueAttributes: guarded('SetQueueAttributes', setQueueAttributes),
  StartMessageMoveTask: startMessageMoveTask,
  TagQueue: guarded('TagQueue', tagQueue),
  UntagQueue: guarded('UntagQueue', untagQueue),
};

/** SQS's timers, by task kind. */
export const sqsTasks: TaskHandlers<SqsTask> = {
  'sqs/move-task': (sim, task) => runMoveTask(sim, task.taskHandle),
  'sqs/poll-expired': (sim, task) => {
    const queue = sim.state.sqs.queues.get(task.queue);
    if (queue !== undefined) expirePoll(sim, queue, task.poll);
  },
  'sqs/wake': (sim, task) => {
    const queue = sim.state.sqs.queues.get(task.queue);
    if (queue === undefined || queue.wakeAt !== task.at) return;
    delete queue.wakeAt;
    wake(sim, queue);
    afterChange(sim, queue);
  },
};
