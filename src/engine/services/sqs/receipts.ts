import { base64Decode, base64Encode, utf8Bytes } from '../../core/utf8';
import { sqsErrors } from './errors';

/**
 * Receipt handles: opaque to callers, new on every receive, and decodable here so a handle names
 * its queue, message copy and receive even after the message is gone.
 */
const PREFIX = 'AQEB';

export interface DecodedReceipt {
  queueKey: number;
  messageKey: number;
}

export function encodeReceipt(queueKey: number, messageKey: number, receiveSeq: number): string {
  const payload = `${queueKey}:${messageKey}:${receiveSeq}:playground`;
  return PREFIX + base64Encode(utf8Bytes(payload));
}

export function decodeReceipt(handle: string, queueKey: number): DecodedReceipt {
  const bytes = handle.startsWith(PREFIX) ? base64Decode(handle.slice(PREFIX.length)) : undefined;
  const text = bytes === undefined ? '' : String.fromCharCode(...bytes);
  const match = /^(\d+):(\d+):(\d+):playground$/.exec(text);
  if (match === null || Number(match[1]) !== queueKey) throw sqsErrors.receiptHandleIsInvalid(handle);
  return { queueKey, messageKey: Number(match[2]) };
}
