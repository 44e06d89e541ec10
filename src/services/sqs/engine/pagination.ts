import {
  invalidParameter,
  optionalInteger,
  optionalString,
  type Input,
} from '../../../engine/core/input';
import { base64Decode, base64Encode, utf8Bytes } from '../../../engine/core/utf8';

/**
 * [D] ListQueues / ListDeadLetterSourceQueues paging: without MaxResults up to 1,000 results and
 * no NextToken; with MaxResults (1–1000) a NextToken while more remain.
 */
export function paginate(input: Input, items: string[]): { page: string[]; nextToken?: string } {
  const max = optionalInteger(input, 'MaxResults');
  if (max !== undefined && (max < 1 || max > 1000)) {
    throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 1000.');
  }
  const token = optionalString(input, 'NextToken');
  const start = token === undefined ? 0 : decodeToken(token);
  const page = items.slice(start, start + (max ?? 1000));
  const end = start + page.length;
  if (max === undefined || end >= items.length) return { page };
  return { page, nextToken: base64Encode(utf8Bytes(JSON.stringify({ offset: end }))) };
}

function decodeToken(token: string): number {
  const bytes = base64Decode(token);
  try {
    const parsed = JSON.parse(bytes === undefined ? '' : String.fromCharCode(...bytes)) as {
      offset?: unknown;
    };
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0)
      return parsed.offset;
  } catch {
    // fall through to the AWS error
  }
  throw invalidParameter('NextToken', token, 'Invalid NextToken value.');
}
