import { sha256Bytes } from '../../../../engine/core/sha256';
import { base64Encode } from '../../../../engine/core/utf8';

/**
 * Message signing. AWS signs each notification with its private key (RSA: SHA1withRSA for
 * SignatureVersion 1, SHA256withRSA for 2) over a canonical string ([D] SNS-DG
 * sns-verify-signature-of-message: for a Notification, Message, MessageId, Subject if present,
 * Timestamp, TopicArn and Type, each as "key\nvalue\n"). The playground has no private key: its
 * Signature is a deterministic stand-in, 256 bytes in base64 (the size of an RSA-2048 signature)
 * made from the seed, the version and that canonical string, so it changes with the message and
 * is the same in every run of the same seed. It will not verify against AWS's certificate.
 */
export function signature(seed: number, version: string, canonical: string): string {
  const bytes = new Uint8Array(256);
  for (let block = 0; block < 8; block++)
    bytes.set(sha256Bytes(`${seed}:${version}:${block}:${canonical}`), block * 32);
  return base64Encode(bytes);
}

/** The canonical string of a Notification, in the order AWS signs it. */
export function canonicalNotification(fields: {
  Message: string;
  MessageId: string;
  Subject?: string;
  Timestamp: string;
  TopicArn: string;
  Type: string;
}): string {
  const order = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
  return order
    .filter((key) => fields[key] !== undefined)
    .map((key) => `${key}\n${fields[key] ?? ''}\n`)
    .join('');
}

/** The certificate URL AWS puts in signed messages (the file name is AWS's documented example). */
export function signingCertUrl(region: string): string {
  return `https://sns.${region}.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem`;
}
