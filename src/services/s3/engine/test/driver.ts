import type { Engine, EngineEvent } from '../../../../engine';

export { expectError, newEngine } from '../../../../engine/testing/sqs';

/** Test helpers that speak to S3 (and SQS) only through the door, as an AWS client would. */
export const ACCOUNT = '123456789012';
export const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

export async function bucket(engine: Engine, Bucket: string): Promise<void> {
  await engine.call('s3', 'CreateBucket', { Bucket });
}

export function put(engine: Engine, Bucket: string, Key: string, Body: unknown = 'x') {
  return engine.call<{ ETag: string }>('s3', 'PutObject', { Bucket, Key, Body });
}

/** A queue whose policy lets S3 send for the bucket named (aws:SourceArn), as AWS documents it. */
export async function queueForBucket(
  engine: Engine,
  name: string,
  bucketName: string,
): Promise<string> {
  const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
    QueueName: name,
    Attributes: {
      Policy: s3MaySend(name, { ArnLike: { 'aws:SourceArn': `arn:aws:s3:*:*:${bucketName}` } }),
    },
  });
  return QueueUrl;
}

export function s3MaySend(queue: string, Condition: Record<string, unknown>): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'SQS:SendMessage',
        Resource: queueArn(queue),
        Condition,
      },
    ],
  });
}

export function configure(
  engine: Engine,
  Bucket: string,
  NotificationConfiguration: unknown,
  extra = {},
) {
  return engine.call('s3', 'PutBucketNotificationConfiguration', {
    Bucket,
    NotificationConfiguration,
    ...extra,
  });
}

export async function bodies(engine: Engine, QueueUrl: string): Promise<unknown[]> {
  const { Messages } = await engine.call<{ Messages?: { Body: string }[] }>(
    'sqs',
    'ReceiveMessage',
    { QueueUrl, MaxNumberOfMessages: 10 },
  );
  return (Messages ?? []).map((m) => JSON.parse(m.Body) as unknown);
}

export function ofType<T extends EngineEvent['type']>(
  events: readonly EngineEvent[],
  type: T,
): Extract<EngineEvent, { type: T }>[] {
  return events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
}
