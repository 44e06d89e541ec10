import type { Scenario } from '../../../engine';

const DOCUMENT = `{"document": "${'lorem ipsum '.repeat(150)}"}`;

/**
 * L05: an oversized body is refused; the extended-client pattern sends a pointer to S3 instead.
 * The queue's MaximumMessageSize is lowered to 1,024 bytes so that the example stays small
 * enough for a share link; the real limit is 1 MiB.
 */
export const messageSize: Scenario = {
  version: 1,
  name: 'Message size and the extended client',
  description:
    'A message body is limited by MaximumMessageSize: 1 MiB (1,048,576 bytes) today, 256 KB in older notes. This queue is set to 1,024 bytes so a 1.8 KB document is too large: SendMessage fails. The extended-client pattern stores the payload in S3 and sends a small pointer instead.',
  seed: 15,
  lessons: ['L05'],
  nodes: [
    {
      id: 'scanner',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 0.25, BodyTemplate: DOCUMENT, MaxMessages: 3 },
    },
    {
      id: 'scanner-extended',
      type: 'producer',
      position: { x: 0, y: 220 },
      config: {
        MessagesPerSecond: 0.25,
        BodyTemplate:
          '["software.amazon.payloadoffloading.PayloadS3Pointer", {"s3BucketName": "scans-payloads", "s3Key": "documents/{n}.json"}]',
        MessageAttributes: { ExtendedPayloadSize: '1823' },
        MaxMessages: 3,
      },
    },
    {
      id: 'documents',
      type: 'sqs-queue',
      position: { x: 260, y: 110 },
      config: { QueueName: 'documents', Attributes: { MaximumMessageSize: '1024' } },
    },
    {
      id: 'indexer',
      type: 'consumer',
      position: { x: 520, y: 110 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 300 } },
    },
  ],
  edges: [
    { id: 'e-send', source: 'scanner', target: 'documents', type: 'sends-to' },
    { id: 'e-send-extended', source: 'scanner-extended', target: 'documents', type: 'sends-to' },
    { id: 'e-consume', source: 'documents', target: 'indexer', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 4_000,
      text: "scanner sent a 1.8 KB document; the queue's MaximumMessageSize is 1,024 bytes, so SendMessage was refused (InvalidParameterValue). In AWS the ceiling is 1 MiB since 2025 (256 KB before).",
      lessons: ['L05'],
    },
    {
      at: 4_500,
      text: 'scanner-extended uploaded the same document to S3 and sent only a pointer (bucket and key, about 130 bytes), as the SQS Extended Client Library does. The consumer reads the pointer and fetches the payload from S3 (up to 2 GB).',
      lessons: ['L05'],
    },
  ],
};
