import { sqsErrors } from './errors';

/**
 * Receipt handles: opaque to callers, new on every receive, and decodable here so a handle names
 * its queue and stored message copy even after the message is gone.
 */
const HANDLE = /^AQEB([0-9a-z]+)Z([0-9a-z]+)Z([0-9a-z]+)$/;

export interface DecodedReceipt {
  queueKey: number;
  messageKey: number;
}

export function encodeReceipt(queueKey: number, messageKey: number, receiveSeq: number): string {
  return `AQEB${queueKey.toString(36)}Z${messageKey.toString(36)}Z${receiveSeq.toString(36)}`;
}

export function decodeReceipt(handle: string, queueKey: number): DecodedReceipt {
  const match = HANDLE.exec(handle);
  if (match === null || parseInt(match[1] as string, 36) !== queueKey)
    throw sqsErrors.receiptHandleIsInvalid(handle);
  return { queueKey, messageKey: parseInt(match[2] as string, 36) };
}
