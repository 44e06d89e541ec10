import { asInput, requiredString } from '../../../core/input';
import { Sim, type ReplyTo } from '../../../sim';
import { deleteByHandle } from '../handles';
import { afterChange } from '../polls';
import { queueFromInput } from '../queues';
import { checkThroughput } from '../throughput';

export function deleteMessage(sim: Sim, raw: unknown, replyTo: ReplyTo): Record<string, never> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const handle = requiredString(input, 'ReceiptHandle');
  const by = Sim.caller(replyTo);
  checkThroughput(sim, queue, 'delete', 'DeleteMessage', by);
  deleteByHandle(sim, queue, handle, by);
  afterChange(sim, queue);
  return {};
}
