import type { Input } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { invalid, snsErrors } from '../errors';
import type { SnsTopic } from '../model';
import { publishPrepared } from '../publish';
import { MAX_PUBLISH_BYTES, prepareEntry } from '../publishEntry';
import { asObject, optionalList } from '../snsInput';

const MAX_ENTRIES = 10;
const ENTRY_ID = /^[A-Za-z0-9_-]+$/;

interface Successful {
  Id: string;
  MessageId: string;
  SequenceNumber?: string;
}

/**
 * [V] PublishBatch: up to 10 entries with distinct Ids of 1–80 characters [A-Za-z0-9_-], each
 * checked as Publish checks a message; a refusal refuses the whole batch, and so does a total
 * over 262,144 bytes. Entries are published in order (a FIFO topic deduplicates within and
 * across batches).
 */
export function publishBatch(
  sim: Sim,
  input: Input,
  topic: SnsTopic,
  replyTo: ReplyTo,
): { Successful: Successful[]; Failed: never[] } {
  const list = optionalList(input, 'PublishBatchRequestEntries');
  if (list === undefined) throw snsErrors.validation('publishBatchRequestEntries');
  if (list.length === 0) throw snsErrors.emptyBatch();
  if (list.length > MAX_ENTRIES) throw snsErrors.tooManyEntries();
  const entries = list.map((entry) => asObject(entry, 'PublishBatchRequestEntries'));
  const ids = entries.map((entry) => entry.Id);
  if (new Set(ids).size !== ids.length) throw snsErrors.batchIdsNotDistinct();
  for (const id of ids) {
    if (typeof id !== 'string') throw invalid('Id');
    if (id.length > 80)
      throw snsErrors.invalidBatchEntryId(
        `The Id of a batch entry in the batch request is too long: ${id}`,
      );
    if (!ENTRY_ID.test(id))
      throw snsErrors.invalidBatchEntryId(
        `The Id of a batch entry in the batch request contains an impermissible character: ${id}`,
      );
  }
  const prepared = entries.map((entry, i) => prepareEntry(topic, entry, i + 1));
  if (prepared.reduce((total, p) => total + p.size, 0) > MAX_PUBLISH_BYTES)
    throw snsErrors.batchTooLong();
  const by = Sim.caller(replyTo);
  const successful = prepared.map((p, i) => ({
    Id: ids[i] as string,
    ...publishPrepared(sim, topic, p, by),
  }));
  return { Successful: successful, Failed: [] };
}
