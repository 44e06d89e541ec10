import { asInput, requiredString } from '../../../core/input';
import { Sim, type ReplyTo } from '../../../sim';
import { batchEntries, eachEntry } from '../batch';
import { deleteByReceipt } from '../handles';
import { decodeReceipt } from '../receipts';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { queueFromInput } from '../queues';
import { checkThroughput } from '../throughput';

export function deleteMessageBatch(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const entries = batchEntries(input, 'Entries', 'DeleteMessageBatchRequestEntry');
  const by = Sim.caller(replyTo);
  checkThroughput(sim, queue, 'delete', 'DeleteMessageBatch', by);
  const result = eachEntry(entries, (entry, id) => {
    const receipt = decodeReceipt(requiredString(entry, 'ReceiptHandle'), queue.key);
    deleteByReceipt(sim, queue, receipt, by);
    return { Id: id };
  });
  billRequest(queue);
  afterChange(sim, queue);
  return result;
}
