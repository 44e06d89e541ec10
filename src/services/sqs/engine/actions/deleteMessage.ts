import { requiredString, type Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { deleteByReceipt } from '../handles';
import { decodeReceipt } from '../receipts';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { checkThroughput } from '../throughput';

export function deleteMessage(
  sim: Sim,
  input: Input,
  queue: SqsQueue,
  replyTo: ReplyTo,
): Record<string, never> {
  const handle = requiredString(input, 'ReceiptHandle');
  const by = Sim.caller(replyTo);
  const receipt = decodeReceipt(handle, queue.key); // malformed: fails before it counts
  checkThroughput(sim, queue, 'delete', 'DeleteMessage', by);
  deleteByReceipt(sim, queue, receipt, by);
  billRequest(queue);
  afterChange(sim, queue);
  return {};
}
