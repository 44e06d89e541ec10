import type { ActionHandler, Sim } from '../../sim';
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

/** Every action of the Amazon SQS API, by its AWS name. */
export const sqsActions: Record<string, ActionHandler> = {
  AddPermission: addPermission,
  CancelMessageMoveTask: cancelMessageMoveTask,
  ChangeMessageVisibility: changeMessageVisibility,
  ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
  CreateQueue: createQueue,
  DeleteMessage: deleteMessage,
  DeleteMessageBatch: deleteMessageBatch,
  DeleteQueue: deleteQueue,
  GetQueueAttributes: getQueueAttributes,
  GetQueueUrl: getQueueUrl,
  ListDeadLetterSourceQueues: listDeadLetterSourceQueues,
  ListMessageMoveTasks: listMessageMoveTasks,
  ListQueues: listQueues,
  ListQueueTags: listQueueTags,
  PurgeQueue: purgeQueue,
  ReceiveMessage: receiveMessage,
  RemovePermission: removePermission,
  SendMessage: sendMessage,
  SendMessageBatch: sendMessageBatch,
  SetQueueAttributes: setQueueAttributes,
  StartMessageMoveTask: startMessageMoveTask,
  TagQueue: tagQueue,
  UntagQueue: untagQueue,
};

export type SqsTask =
  | { kind: 'sqs/wake'; queue: number; at: number }
  | { kind: 'sqs/poll-expired'; queue: number; poll: number }
  | { kind: 'sqs/move-task'; taskHandle: string };

export function runSqsTask(sim: Sim, task: SqsTask): void {
  if (task.kind === 'sqs/move-task') return runMoveTask(sim, task.taskHandle);
  const queue = sim.state.sqs.queues.get(task.queue);
  if (queue === undefined) return;
  if (task.kind === 'sqs/poll-expired') return expirePoll(sim, queue, task.poll);
  if (queue.wakeAt !== task.at) return;
  delete queue.wakeAt;
  wake(sim, queue);
  afterChange(sim, queue);
}
