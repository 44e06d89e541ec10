import {
  missingParameter,
  optionalInteger,
  requiredString,
  type Input,
} from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { batchEntries, eachEntry } from '../batch';
import { changeVisibility } from '../handles';
import { decodeReceipt } from '../receipts';
import { billRequest } from '../billing';
import { afterChange } from '../polls';
import { checkThroughput } from '../throughput';

export function changeMessageVisibilityBatch(
  sim: Sim,
  input: Input,
  queue: SqsQueue,
  replyTo: ReplyTo,
) {
  const entries = batchEntries(input, 'Entries', 'ChangeMessageVisibilityBatchRequestEntry');
  const by = Sim.caller(replyTo);
  checkThroughput(sim, queue, 'change', 'ChangeMessageVisibilityBatch', by);
  const result = eachEntry(entries, (entry, id) => {
    const timeout = optionalInteger(entry, 'VisibilityTimeout');
    if (timeout === undefined) throw missingParameter('VisibilityTimeout');
    const receipt = decodeReceipt(requiredString(entry, 'ReceiptHandle'), queue.key);
    changeVisibility(sim, queue, receipt, timeout, by);
    return { Id: id };
  });
  billRequest(queue);
  afterChange(sim, queue);
  return result;
}
