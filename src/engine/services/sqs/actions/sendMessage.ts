import { asInput } from '../../../core/input';
import { Sim, type ReplyTo } from '../../../sim';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { queueFromInput } from '../queues';
import { enqueue, prepareMessage, sendResult, type SendResult } from '../send';
import { checkThroughput } from '../throughput';

export function sendMessage(sim: Sim, raw: unknown, replyTo: ReplyTo): SendResult {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const prepared = prepareMessage(queue, input, 'single');
  const by = Sim.caller(replyTo);
  checkThroughput(
    sim,
    queue,
    'send',
    'SendMessage',
    by,
    prepared.groupId === undefined ? [] : [prepared.groupId],
  );
  const result = sendResult(prepared, enqueue(sim, queue, prepared, by), Sim.external(replyTo));
  billRequest(queue, prepared.size);
  afterChange(sim, queue);
  return result;
}
