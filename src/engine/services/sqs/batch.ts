import { AwsError, toErrorData } from '../../core/errors';
import { asInput, requiredList, type Input } from '../../core/input';
import { sqsErrors } from './errors';

/** [V] Whole-request checks shared by the three batch actions. */
export function batchEntries(input: Input, listName: string, entryShape: string): Input[] {
  const entries = requiredList(input, listName);
  if (entries.length === 0) throw sqsErrors.emptyBatch(entryShape);
  if (entries.length > 10) throw sqsErrors.tooManyEntries(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const id = asInput(entries[i]).Id;
    if (typeof id !== 'string' || !BATCH_ENTRY_ID.test(id)) throw sqsErrors.invalidBatchEntryId();
    // At most ten entries: comparing with the earlier ones beats building a set.
    for (let j = 0; j < i; j++)
      if ((entries[j] as Input).Id === id) throw sqsErrors.batchIdsNotDistinct(id);
  }
  return entries as Input[];
}

const BATCH_ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface BatchFailure {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message: string;
}

/** Runs each entry on its own: an entry's AWS error becomes a Failed[] row, the rest go on. */
export function eachEntry<T>(
  entries: Input[],
  run: (entry: Input, id: string) => T,
): { Successful: T[]; Failed: BatchFailure[] } {
  const Successful: T[] = [];
  const Failed: BatchFailure[] = [];
  for (const entry of entries) {
    const id = entry.Id as string;
    try {
      Successful.push(run(entry, id));
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      const data = toErrorData(error);
      Failed.push({
        Id: id,
        SenderFault: error.fault === 'Sender',
        Code: data.code,
        Message: data.message,
      });
    }
  }
  return { Successful, Failed };
}
