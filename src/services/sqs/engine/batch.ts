import { AwsError, toErrorData } from '../../../engine/core/errors';
import { asInput, requiredList, type Input } from '../../../engine/core/input';
import { sqsErrors } from './errors';

/** [V] Whole-request checks shared by the three batch actions. */
export function batchEntries(input: Input, listName: string, entryShape: string): Input[] {
  const entries = requiredList(input, listName);
  if (entries.length === 0) throw sqsErrors.emptyBatch(entryShape);
  if (entries.length > 10) throw sqsErrors.tooManyEntries(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const id = asInput(entries[i]).Id;
    if (typeof id !== 'string' || !isBatchEntryId(id)) throw sqsErrors.invalidBatchEntryId();
    // At most ten entries: comparing with the earlier ones beats building a set.
    for (let j = 0; j < i; j++)
      if ((entries[j] as Input).Id === id) throw sqsErrors.batchIdsNotDistinct(id);
  }
  return entries as Input[];
}

/** [D] 1–80 of A–Z, a–z, 0–9, '-' and '_' (checked by hand: ten ids in every batch). */
function isBatchEntryId(id: string): boolean {
  if (id.length === 0 || id.length > 80) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
    if (!ok) return false;
  }
  return true;
}

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
