import { AwsError } from '../../../../engine/core/errors';
import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { batchEntries, eachEntry } from '../batch';
import { billRequest } from '../billing';
import { sqsErrors } from '../errors';
import { afterChange } from '../polls';
import { enqueue, fifoIdentity, prepareMessage, sendResult, type PreparedMessage } from '../send';
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

  for (const entry of entries) fifoIdentity(queue, entry, 'batch');
  const prepared = entries.map((entry): PreparedMessage | AwsError => {
    try {
      return prepareMessage(queue, entry, 'batch');
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      return error;
    }
  });
  const by = Sim.caller(replyTo);
  const groups: string[] = [];
  for (const p of prepared)
    if (!(p instanceof AwsError) && p.groupId !== undefined) groups.push(p.groupId);
  checkThroughput(sim, queue, 'send', 'SendMessageBatch', by, groups);
  const withDigests = Sim.external(replyTo);
  let index = 0;
  const result = eachEntry(entries, (_entry, id) => {
    const message = prepared[index++] as PreparedMessage | AwsError;
    if (message instanceof AwsError) throw message;
    const sent = sendResult(message, enqueue(sim, queue, message, by), withDigests);
    return { Id: id, ...sent };
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
