import { sqsErrors } from './errors';

/**
 * Receipt handles: opaque to callers, new on every receive, and decodable here so a handle names
 * its queue and stored message copy even after the message is gone.
 */

/** A receipt handle that is well formed for its queue, and the stored message copy it names. */
export interface DecodedReceipt {
  handle: string;
  messageKey: number;
}

export function encodeReceipt(queueKey: number, messageKey: number, receiveSeq: number): string {
  return `AQEB${queueKey.toString(36)}Z${messageKey.toString(36)}Z${receiveSeq.toString(36)}`;
}

/** Reads `AQEB{queue}Z{message}Z{receive}` (base-36 numbers) in one pass: it runs on every delete. */
export function decodeReceipt(handle: string, queueKey: number): DecodedReceipt {
  let queue = 0;
  let message = 0;
  let field = 0;
  let digits = 0;
  let lead = 0;
  let valid = handle.startsWith('AQEB');
  for (let i = 4; valid && i < handle.length; i++) {
    const code = handle.charCodeAt(i);
    const digit = base36(code);
    if (digit >= 0) {
      // Handles are written without leading zeros: one with them was never issued.
      if (digits === 1 && lead === 0) valid = false;
      if (digits === 0) lead = digit;
      if (field === 0) queue = queue * 36 + digit;
      else if (field === 1) message = message * 36 + digit;
      digits++;
    } else if (code === 90 /* Z */ && digits > 0 && field < 2) {
      field++;
      digits = 0;
    } else valid = false;
  }
  if (!valid || field !== 2 || digits === 0 || queue !== queueKey) {
    throw sqsErrors.receiptHandleIsInvalid(handle);
  }
  return { handle, messageKey: message };
}

/** A lowercase base-36 digit's value, or -1. */
function base36(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}
