import { invalid, snsErrors } from './errors';
import { asObject } from './snsInput';

/**
 * Topic tags, as a list of {Key, Value}. [V] A key given twice in one request: "Invalid
 * parameter: Duplicated keys are not allowed."; [D] at most 50 tags per topic, keys 1–128
 * characters, values 0–256.
 */
export const MAX_TAGS = 50;

export function readTags(list: unknown[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const item of list) {
    const tag = asObject(item, 'Tags');
    const key = tag.Key;
    const value = tag.Value ?? '';
    if (typeof key !== 'string' || typeof value !== 'string') throw invalid('Tags');
    if (key.length < 1 || key.length > 128)
      throw invalid('TagKey Reason: Tag keys must be between 1 and 128 characters long');
    if (value.length > 256)
      throw invalid('TagValue Reason: Tag values must be at most 256 characters long');
    if (tags.has(key)) throw invalid('Duplicated keys are not allowed.');
    tags.set(key, value);
  }
  return tags;
}

/** The tags after adding these; refused whole ([I] moto: TagLimitExceeded) when over 50. */
export function withTags(
  current: ReadonlyMap<string, string>,
  added: ReadonlyMap<string, string>,
): Map<string, string> {
  const next = new Map(current);
  for (const [key, value] of added) next.set(key, value);
  if (next.size > MAX_TAGS) throw snsErrors.tagLimitExceeded();
  return next;
}

export function tagList(tags: ReadonlyMap<string, string>): { Key: string; Value: string }[] {
  return [...tags].map(([Key, Value]) => ({ Key, Value }));
}
