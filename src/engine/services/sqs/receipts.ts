import { sqsErrors } from './errors';

/**
 * Receipt handles: opaque to callers, new on every receive, and decodable here so a handle names
 * its queue and stored message copy even after the message is gone.
 */
const HANDLE = /^AQEB([0-9a-z]+)Z([0-9a-z]+)Z([0-9a-z]+)$/;

/** A receipt handle that is well formed for its queue, and the stored message copy it names. */
export interface DecodedReceipt {
  handle: string;
  messageKey: number;
}

export function encodeReceipt(queueKey: number, messageKey: number, receiveSeq: number): string {
  return `AQEB${queueKey.toString(36)}Z${messageKey.toString(36)}Z${receiveSeq.toString(36)}`;
}

export function decodeReceipt(handle: string, queueKey: number): DecodedReceipt {
  // Hot path (every delete): a prefix check and one parse, the full pattern only as the gate.
  const prefix = `AQEB${queueKey.toString(36)}Z`;
  const end = handle.indexOf('Z', prefix.length);
  if (end < 0 || !handle.startsWith(prefix) || !HANDLE.test(handle)) {
    throw sqsErrors.receiptHandleIsInvalid(handle);
  }
  return { handle, messageKey: parseInt(handle.slice(prefix.length, end), 36) };
}
