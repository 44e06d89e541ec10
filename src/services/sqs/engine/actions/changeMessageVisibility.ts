import {
  missingParameter,
  optionalInteger,
  requiredString,
  type Input,
} from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { changeVisibility, checkVisibilityTimeout } from '../handles';
import { decodeReceipt } from '../receipts';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { checkThroughput } from '../throughput';

/** [D] The new timeout counts from now, applies to this receipt only, and is capped at 12 h from the receive. */
export function changeMessageVisibility(
  sim: Sim,
  input: Input,
  queue: SqsQueue,
  replyTo: ReplyTo,
): Record<string, never> {
  const handle = requiredString(input, 'ReceiptHandle');
  const timeout = optionalInteger(input, 'VisibilityTimeout');
  if (timeout === undefined) throw missingParameter('VisibilityTimeout');
  const by = Sim.caller(replyTo);
  const receipt = decodeReceipt(handle, queue.key); // malformed: fails before it counts
  checkVisibilityTimeout(timeout);
  checkThroughput(sim, queue, 'change', 'ChangeMessageVisibility', by);
  changeVisibility(sim, queue, receipt, timeout, by);
  billRequest(queue);
  afterChange(sim, queue);
  return {};
}
