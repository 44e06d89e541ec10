import { asInput, requiredString } from '../../../core/input';
import { Sim, type ReplyTo } from '../../../sim';
import { deleteByHandle } from '../handles';
import { decodeReceipt } from '../receipts';
import { afterChange } from '../polls';
import { queueFromInput } from '../queues';
import { checkThroughput } from '../throughput';

export function deleteMessage(sim: Sim, raw: unknown, replyTo: ReplyTo): Record<string, never> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const handle = requiredString(input, 'ReceiptHandle');
  const by = Sim.caller(replyTo);
  decodeReceipt(handle, queue.key); // a malformed handle fails before it counts against throughput
  checkThroughput(sim, queue, 'delete', 'DeleteMessage', by);
  deleteByHandle(sim, queue, handle, by);
  afterChange(sim, queue);
  return {};
}
