import { isoTime } from '../../../../engine/core/isoTime';
import { utf8Bytes } from '../../../../engine/core/utf8';
import type { S3Bucket, S3Object } from '../model';
import { ownerPrincipalId, principalId } from '../owner';

/** What happened to one object, as a notification tells it. */
export interface ObjectChange {
  /** "s3:ObjectCreated:Put", "s3:ObjectRemoved:Delete". */
  event: string;
  key: string;
  /** The object written; none for a removal (its record carries no size or eTag). */
  object?: S3Object;
  caller: string;
  at: number;
  requestId: string;
  hostId: string;
  sequencer: string;
}

/**
 * [D] S3 UG notification-content-structure: the JSON S3 sends, field for field and in its order.
 * eventVersion 2.1 is the one S3 uses for object creation and removal; eventName drops the "s3:"
 * of the configured type; the key is URL-encoded; size and eTag (unquoted) only for a creation.
 */
export function eventMessage(
  bucket: S3Bucket,
  owner: { region: string; accountId: string },
  change: ObjectChange,
  configurationId: string,
): string {
  const object: Record<string, unknown> = { key: encodeKey(change.key) };
  if (change.object !== undefined) {
    object.size = change.object.size;
    object.eTag = change.object.md5;
  }
  object.sequencer = change.sequencer;
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: owner.region,
        eventTime: isoTime(change.at),
        eventName: change.event.slice('s3:'.length),
        userIdentity: { principalId: principalId(change.caller) },
        // A documentation address (RFC 5737): the playground's callers have none.
        requestParameters: { sourceIPAddress: '192.0.2.10' },
        responseElements: { 'x-amz-request-id': change.requestId, 'x-amz-id-2': change.hostId },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId,
          bucket: {
            name: bucket.name,
            ownerIdentity: { principalId: ownerPrincipalId(owner.accountId) },
            arn: bucket.arn,
          },
          object,
        },
      },
    ],
  });
}

/** [D] S3 UG notification-how-to-event-types-and-destinations: the message a destination gets when it is configured. */
export function testEventMessage(
  bucket: string,
  at: number,
  ids: { requestId: string; hostId: string },
): string {
  return JSON.stringify({
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: isoTime(at),
    Bucket: bucket,
    RequestId: ids.requestId,
    HostId: ids.hostId,
  });
}

/**
 * [D] "The object key name value is URL encoded. For example, "red flower.jpg" becomes
 * "red+flower.jpg"": form encoding of the UTF-8 bytes, "/" left as it is, as S3 writes keys.
 */
export function encodeKey(key: string): string {
  let out = '';
  for (const byte of utf8Bytes(key)) {
    const char = String.fromCharCode(byte);
    if (byte === 0x20) out += '+';
    else if (UNRESERVED.test(char)) out += char;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const UNRESERVED = /^[A-Za-z0-9_.*/-]$/;
