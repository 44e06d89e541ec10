import type { Scenario } from '../engine';

const SNS_TOPIC = 'arn:aws:sns:us-east-1:123456789012:order-events';

/** L23: encryption at rest as queue attributes, access policies written by AddPermission and Policy. */
export const security: Scenario = {
  version: 1,
  name: 'Security: encryption and access policies',
  description:
    'Two queues with encryption at rest: payments uses a KMS key (KmsMasterKeyId), notifications uses SQS-managed keys (SqsManagedSseEnabled). A queue access policy lets an SNS topic write to notifications, and AddPermission grants a partner account SendMessage on payments. Inspect the queues to see the attributes and the Policy document.',
  seed: 16,
  lessons: ['L23'],
  nodes: [
    {
      id: 'checkout',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 0.5, BodyTemplate: 'payment {n}', MaxMessages: 5 },
    },
    {
      id: 'payments',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: {
        QueueName: 'payments',
        Attributes: { KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' },
      },
    },
    {
      id: 'payment-service',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 500 } },
    },
    {
      id: 'notifications',
      type: 'sqs-queue',
      position: { x: 260, y: 250 },
      config: {
        QueueName: 'notifications',
        Attributes: {
          SqsManagedSseEnabled: 'true',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'AllowOrderEventsTopic',
                Effect: 'Allow',
                Principal: { Service: 'sns.amazonaws.com' },
                Action: 'sqs:SendMessage',
                Resource: 'arn:aws:sqs:us-east-1:123456789012:notifications',
                Condition: { ArnEquals: { 'aws:SourceArn': SNS_TOPIC } },
              },
            ],
          }),
        },
      },
    },
    {
      id: 'mailer',
      type: 'consumer',
      position: { x: 520, y: 250 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 200 } },
    },
  ],
  edges: [
    { id: 'e-send', source: 'checkout', target: 'payments', type: 'sends-to' },
    { id: 'e-consume', source: 'payments', target: 'payment-service', type: 'consumes-from' },
    { id: 'e-consume-mail', source: 'notifications', target: 'mailer', type: 'consumes-from' },
  ],
  script: [
    {
      at: 5_000,
      service: 'sqs',
      action: 'AddPermission',
      input: {
        QueueUrl: 'payments',
        Label: 'PartnerCanSend',
        AWSAccountIds: ['111122223333'],
        Actions: ['SendMessage'],
      },
    },
  ],
  narration: [
    {
      at: 1_000,
      text: 'Every call to SQS goes over HTTPS (encryption in flight). At rest, payments is encrypted with a KMS key (KmsMasterKeyId = alias/aws/sqs, data key reused for 300 s) and notifications with SQS-managed keys (SSE-SQS).',
      lessons: ['L23'],
    },
    {
      at: 5_000,
      text: 'AddPermission added a statement to the payments access policy: account 111122223333 may call SendMessage. Queue policies (like S3 bucket policies) are how other accounts get in.',
      lessons: ['L23'],
    },
    {
      at: 6_000,
      text: 'The notifications queue policy lets sns.amazonaws.com send, only from the order-events topic (aws:SourceArn): that is how SNS and S3 are allowed to write to a queue.',
      lessons: ['L23'],
    },
    {
      at: 7_000,
      text: 'Not simulated here: IAM policies of your own users and roles decide who may call the SQS API, and client-side encryption (encrypt the body before SendMessage) keeps even SQS from reading it.',
      lessons: ['L23'],
    },
  ],
};
