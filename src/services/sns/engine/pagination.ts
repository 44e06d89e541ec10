import type { Input } from '../../../engine/core/input';
import { base64Decode, base64Encode, utf8Bytes } from '../../../engine/core/utf8';
import { invalid } from './errors';
import { optionalString } from './snsInput';

/**
 * [D]/[V] SNS lists come 100 to a page, with a NextToken while more remain. The token names the
 * creation ordinal of the next item, so deleting items between pages skips none and repeats
 * none.
 */
export const PAGE_SIZE = 100;

export function page<T extends { seq: number }>(
  input: Input,
  items: readonly T[],
): { items: T[]; nextToken?: string } {
  const token = optionalString(input, 'NextToken');
  const from = token === undefined ? 0 : decode(token);
  const rest = items.filter((item) => item.seq >= from);
  const next = rest[PAGE_SIZE];
  const out: { items: T[]; nextToken?: string } = { items: rest.slice(0, PAGE_SIZE) };
  if (next !== undefined) out.nextToken = base64Encode(utf8Bytes(`sns-page:${next.seq}`));
  return out;
}

function decode(token: string): number {
  const bytes = base64Decode(token);
  const text = bytes === undefined ? '' : String.fromCharCode(...bytes);
  const match = /^sns-page:(\d{1,15})$/.exec(text);
  if (match === null) throw invalid('NextToken');
  return Number(match[1]);
}
