import type { Scenario } from '../../../engine';

const ACCOUNT = '123456789012';
const PARTNER = '111122223333';
const SNS_TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:order-events`;
const NOTIFICATIONS = `arn:aws:sqs:us-east-1:${ACCOUNT}:notifications`;
const PARTNER_KEY = 'alias/payments-partner';

/** L23: encryption at rest (SSE-SQS, SSE-KMS with the AWS managed or a customer managed key) and queue policies. */
export const security: Scenario = {
  version: 1,
  name: 'Security: encryption and access policies',
  description:
    'payments is encrypted with the AWS managed KMS key alias/aws/sqs, and AddPermission lets a partner account send to it: the partner is still refused, because that key only serves its own account. Switching to a customer managed key whose policy grants the partner kms:GenerateDataKey and kms:Decrypt lets it in. notifications keeps the default SSE-SQS; its queue policy lets SNS send for one topic (aws:SourceArn) and denies any call over plain HTTP (aws:SecureTransport).',
  seed: 16,
  lessons: ['L23'],
  keys: [
    {
      AliasName: PARTNER_KEY,
      Description: 'Customer managed key for payments, shared with the partner account',
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Sid: 'PartnerMayEncryptAndDecrypt',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
            Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
            Resource: '*',
          },
        ],
      }),
    },
  ],
  nodes: [
    {
      id: 'checkout',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 0.5, BodyTemplate: 'payment {n}', MaxMessages: 10 },
    },
    {
      id: 'partner',
      type: 'producer',
      position: { x: 0, y: 160 },
      config: {
        MessagesPerSecond: 0.25,
        BodyTemplate: 'partner payment {n}',
        MaxMessages: 6,
        AccountId: PARTNER,
      },
    },
    {
      id: 'payments',
      type: 'sqs-queue',
      position: { x: 260, y: 80 },
      config: {
        QueueName: 'payments',
        Attributes: { KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' },
      },
    },
    {
      id: 'payment-service',
      type: 'consumer',
      position: { x: 520, y: 80 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 500 } },
    },
    {
      id: 'order-events',
      type: 'producer',
      position: { x: 0, y: 340 },
      config: {
        MessagesPerSecond: 0.5,
        BodyTemplate: 'order event {n}',
        MaxMessages: 5,
        ServicePrincipal: 'sns.amazonaws.com',
        SourceArn: SNS_TOPIC,
      },
    },
    {
      id: 'legacy-client',
      type: 'producer',
      position: { x: 0, y: 500 },
      config: {
        MessagesPerSecond: 0.2,
        BodyTemplate: 'legacy notice {n}',
        MaxMessages: 2,
        UseHttps: false,
      },
    },
    {
      id: 'notifications',
      type: 'sqs-queue',
      position: { x: 260, y: 420 },
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
                Resource: NOTIFICATIONS,
                Condition: { ArnEquals: { 'aws:SourceArn': SNS_TOPIC } },
              },
              {
                Sid: 'DenyPlainHttp',
                Effect: 'Deny',
                Principal: '*',
                Action: 'sqs:*',
                Resource: NOTIFICATIONS,
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
        },
      },
    },
    {
      id: 'mailer',
      type: 'consumer',
      position: { x: 520, y: 420 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 200 } },
    },
  ],
  edges: [
    { id: 'e-send', source: 'checkout', target: 'payments', type: 'sends-to' },
    { id: 'e-partner', source: 'partner', target: 'payments', type: 'sends-to' },
    { id: 'e-consume', source: 'payments', target: 'payment-service', type: 'consumes-from' },
    { id: 'e-sns', source: 'order-events', target: 'notifications', type: 'sends-to' },
    { id: 'e-legacy', source: 'legacy-client', target: 'notifications', type: 'sends-to' },
    { id: 'e-consume-mail', source: 'notifications', target: 'mailer', type: 'consumes-from' },
  ],
  script: [
    {
      at: 2_000,
      service: 'sqs',
      action: 'AddPermission',
      input: {
        QueueUrl: 'payments',
        Label: 'PartnerCanSend',
        AWSAccountIds: [PARTNER],
        Actions: ['SendMessage'],
      },
    },
    {
      at: 18_000,
      service: 'sqs',
      action: 'SetQueueAttributes',
      input: { QueueUrl: 'payments', Attributes: { KmsMasterKeyId: PARTNER_KEY } },
    },
  ],
  narration: [
    {
      at: 1_000,
      text: 'Encryption at rest is a queue setting. New queues get SSE-SQS (SqsManagedSseEnabled, on by default: keys owned by SQS, nothing to manage) — notifications keeps it. payments uses SSE-KMS with the AWS managed key alias/aws/sqs (KmsMasterKeyId; data keys reused for 300 s).',
      lessons: ['L23'],
    },
    {
      at: 2_000,
      text: `AddPermission added a statement to the payments queue policy: account ${PARTNER} may call SendMessage. A queue policy is how another account gets in — on an SSE-KMS queue it is not enough.`,
      lessons: ['L23'],
    },
    {
      at: 4_500,
      text: `The partner's send failed with KmsAccessDenied (select payments and switch KmsMasterKeyId to ${PARTNER_KEY} to let it in before the script does at 18 s): SQS asks KMS for a data key (kms:GenerateDataKey) as the partner, and the AWS managed key's policy covers only account ${ACCOUNT} and cannot be edited. SNS, S3 or EventBridge sending to a queue encrypted with alias/aws/sqs fail the same way.`,
      lessons: ['L23'],
    },
    {
      at: 5_500,
      text: 'legacy-client calls over plain HTTP, and the notifications policy denies every sqs:* call where aws:SecureTransport is false: AccessDenied. SQS accepts HTTP endpoints; it is a queue policy with this condition that enforces encryption in transit.',
      lessons: ['L23'],
    },
    {
      at: 6_000,
      text: 'order-events sends as sns.amazonaws.com, and the notifications policy allows that service only for the order-events topic (aws:SourceArn): that is how SNS and S3 are allowed to write to a queue.',
      lessons: ['L23'],
    },
    {
      at: 18_000,
      text: `payments now uses a customer managed key (${PARTNER_KEY}) whose key policy grants account ${PARTNER} kms:GenerateDataKey and kms:Decrypt (a consumer in the partner account would need kms:Decrypt).`,
      lessons: ['L23'],
    },
    {
      at: 20_500,
      text: "The partner's next send went through: the queue policy let the account in, the key policy let it encrypt.",
      lessons: ['L23'],
    },
    {
      at: 22_000,
      text: 'Not simulated here: the IAM policies of your own users and roles (taken to allow), and client-side encryption (encrypt the body before SendMessage) that keeps even SQS from reading it.',
      lessons: ['L23'],
    },
  ],
};
