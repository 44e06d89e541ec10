import { AwsError } from '../../../core/errors';
import { asInput } from '../../../core/input';
import { Sim, type ReplyTo } from '../../../sim';
import { batchEntries, eachEntry } from '../batch';
import { sqsErrors } from '../errors';
import { afterChange } from '../polls';
import { queueFromInput } from '../queues';
import { enqueue, fifoIdentity, prepareMessage, type PreparedMessage } from '../send';
import { checkThroughput } from '../throughput';
import { utf8Length } from '../../../core/utf8';
import { attributesSize } from '../messageAttributes';

const MAX_BATCH_BYTES = 1_048_576;

/**
 * [V] Up to 10 entries in order. The request fails whole on batch-level problems (size over
 * 1 MiB, FIFO entries without group or deduplication id); other problems fail one entry.
 */
export function sendMessageBatch(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const entries = batchEntries(input, 'Entries', 'SendMessageBatchRequestEntry');
  const total = entries.reduce((sum, e) => sum + rawSize(e), 0);
  if (total > MAX_BATCH_BYTES) throw sqsErrors.batchTooLong(total);

  for (const entry of entries) fifoIdentity(queue, entry, 'batch');
  const prepared = new Map<string, PreparedMessage | AwsError>();
  for (const entry of entries) {
    try {
      prepared.set(entry.Id as string, prepareMessage(queue, entry, 'batch'));
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      prepared.set(entry.Id as string, error);
    }
  }
  const by = Sim.caller(replyTo);
  const groups = [...prepared.values()].flatMap((p) =>
    p instanceof AwsError || p.groupId === undefined ? [] : [p.groupId],
  );
  checkThroughput(sim, queue, 'send', 'SendMessageBatch', by, groups);
  const result = eachEntry(entries, (_entry, id) => {
    const message = prepared.get(id) as PreparedMessage | AwsError;
    if (message instanceof AwsError) throw message;
    return { Id: id, ...enqueue(sim, queue, message, by) };
  });
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
