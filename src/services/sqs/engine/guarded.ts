import { asInput, type Input } from '../../../engine/core/input';
import type { ActionHandler, ActionResult, ReplyTo, Sim } from '../../../engine/sim';
import { authorizeQueue } from './access';
import { useQueueKey } from './encryption';
import type { SqsQueue } from './model';
import { queueFromInput } from './queues';

/** An action on the one queue its QueueUrl names, found and authorized by `guarded`. */
export type QueueAction = (
  sim: Sim,
  input: Input,
  queue: SqsQueue,
  replyTo: ReplyTo,
) => ActionResult;

/**
 * An action on one queue (named by QueueUrl), checked first against the queue policy and, for
 * sends and receives on an SSE-KMS queue, against the key policy. A batch action is authorized
 * as its single form (sqs:SendMessage covers SendMessageBatch). The queue is looked up once, here,
 * and handed to the action: a body that is no object, or a missing or unknown queue, fails
 * before any access check.
 */
// Pure: the UI imports the engine's door for explanations and scenario checks, and its bundle
// must be able to leave the services out.
/* @__NO_SIDE_EFFECTS__ */
export function guarded(action: string, handler: QueueAction): ActionHandler {
  const iamAction = action.endsWith('Batch') ? action.slice(0, -'Batch'.length) : action;
  const keyUse =
    iamAction === 'SendMessage'
      ? ('GenerateDataKey' as const)
      : iamAction === 'ReceiveMessage'
        ? ('Decrypt' as const)
        : undefined;
  return (sim, raw, replyTo) => {
    const input = asInput(raw);
    const queue = queueFromInput(sim.state.sqs, input);
    authorizeQueue(sim, queue, iamAction, replyTo);
    if (keyUse !== undefined) useQueueKey(sim, queue, keyUse, replyTo);
    return handler(sim, input, queue, replyTo);
  };
}
