import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { enqueue, prepareMessage, sendResult, type SendResult } from '../send';
import { checkThroughput } from '../throughput';

export function sendMessage(sim: Sim, input: Input, queue: SqsQueue, replyTo: ReplyTo): SendResult {
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
