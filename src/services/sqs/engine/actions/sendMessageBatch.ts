import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { batchEntries, eachEntry } from '../batch';
import { billRequest } from '../billing';
import { sqsErrors } from '../errors';
import { afterChange } from '../polls';
import { enqueue, fifoIdentity, prepareMessage, sendResult } from '../send';
import { checkThroughput } from '../throughput';
import { utf8Length } from '../../../../engine/core/utf8';
import { attributesSize } from '../messageAttributes';

const MAX_BATCH_BYTES = 1_048_576;

/**
 * [V] Up to 10 entries in order. The request fails whole on batch-level problems (size over
 * 1 MiB, FIFO entries without group or deduplication id); other problems fail one entry.
 */
export function sendMessageBatch(sim: Sim, input: Input, queue: SqsQueue, replyTo: ReplyTo) {
  const entries = batchEntries(input, 'Entries', 'SendMessageBatchRequestEntry');
  let total = 0;
  for (const entry of entries) total += rawSize(entry);
  if (total > MAX_BATCH_BYTES) throw sqsErrors.batchTooLong(total);

  // A FIFO entry without its group or deduplication id fails the whole request, before it counts.
  const groups: string[] = [];
  for (const entry of entries) {
    const { groupId } = fifoIdentity(queue, entry, 'batch');
    if (groupId !== undefined) groups.push(groupId);
  }
  const by = Sim.caller(replyTo);
  checkThroughput(sim, queue, 'send', 'SendMessageBatch', by, groups);
  const withDigests = Sim.external(replyTo);
  const result = eachEntry(entries, (entry, id) => {
    const message = prepareMessage(queue, entry, 'batch');
    return { Id: id, ...sendResult(message, enqueue(sim, queue, message, by), withDigests) };
  });
  billRequest(queue, total);
  afterChange(sim, queue);
  return result;
}

/** Bytes an entry adds to the request, before any validation (AWS checks the total first). */
function rawSize(entry: Record<string, unknown>): number {
  const body = typeof entry.MessageBody === 'string' ? utf8Length(entry.MessageBody) : 0;
  const attrs = entry.MessageAttributes;
  if (typeof attrs !== 'object' || attrs === null) return body;
  try {
    return body + attributesSize(attrs as Parameters<typeof attributesSize>[0]);
  } catch {
    return body;
  }
}
