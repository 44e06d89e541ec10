import type { ActionHandler, Sim } from '../../sim';
import { authorizeQueue } from './access';
import { useQueueKey } from './encryption';
import type { SqsQueue } from './model';
import { queueByUrl } from './queues';

/**
 * An action on one queue (named by QueueUrl), checked first against the queue policy and, for
 * sends and receives on an SSE-KMS queue, against the key policy. A batch action is authorized
 * as its single form (sqs:SendMessage covers SendMessageBatch). A missing or unknown queue is left
 * to the action itself, which answers with its own error.
 */
// Pure: the UI imports the engine's door for explanations and scenario checks, and its bundle
// must be able to leave the services out.
/* @__NO_SIDE_EFFECTS__ */
export function guarded(action: string, handler: ActionHandler): ActionHandler {
  const iamAction = action.replace(/Batch$/, '');
  const keyUse =
    iamAction === 'SendMessage'
      ? ('GenerateDataKey' as const)
      : iamAction === 'ReceiveMessage'
        ? ('Decrypt' as const)
        : undefined;
  return (sim, raw, replyTo) => {
    const queue = queueNamedBy(sim, raw);
    if (queue !== undefined) {
      authorizeQueue(sim, queue, iamAction, replyTo);
      if (keyUse !== undefined) useQueueKey(sim, queue, keyUse, replyTo);
    }
    return handler(sim, raw, replyTo);
  };
}

function queueNamedBy(sim: Sim, raw: unknown): SqsQueue | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const url: unknown = (raw as Record<string, unknown>).QueueUrl;
  if (typeof url !== 'string') return undefined;
  try {
    return queueByUrl(sim.state.sqs, url);
  } catch {
    return undefined;
  }
}
