import { requiredString, type Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { batchEntries, eachEntry } from '../batch';
import { deleteByReceipt } from '../handles';
import { decodeReceipt } from '../receipts';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { checkThroughput } from '../throughput';

export function deleteMessageBatch(sim: Sim, input: Input, queue: SqsQueue, replyTo: ReplyTo) {
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
