/**
 * What each lesson id teaches, in a few words: the tooltip and screen-reader text of a lesson
 * badge ("L12"). The SQS facts of LESSONS.md (L02 is not about SQS and no scenario shows it).
 */
export const SQS_LESSON_TITLES: Readonly<Record<string, string>> = {
  L01: 'A queue decouples producers from consumers and absorbs spikes',
  L03: 'Send and forget: the producer never waits for the consumer',
  L04: 'Messages stay until deleted, at most the retention period',
  L05: 'Message size limit; large payloads go through S3 with a pointer',
  L06: 'Standard queues: at-least-once delivery, best-effort order',
  L07: 'Receive, process, delete: batches of up to 10',
  L08: 'More consumers on one queue share its messages',
  L09: 'Scale consumers on the backlog per instance',
  L10: 'The visibility timeout hides a received message',
  L11: 'Work longer than the visibility timeout is delivered again',
  L12: 'ChangeMessageVisibility sets a new timeout from the call',
  L13: "A crashed consumer's message waits out its visibility timeout",
  L14: 'Dead-letter queues, maxReceiveCount and redrive',
  L15: 'Long polling: fewer empty receives, lower cost',
  L16: 'When short polling is the better choice',
  L17: 'Delay queues and message timers',
  L18: 'FIFO queues: order within a group, deduplication',
  L19: 'FIFO throughput: 300 calls per second, batches of 10',
  L20: 'FIFO message groups: parallel across groups, in order within one',
  L21: 'Request–response: ReplyTo and CorrelationId',
  L22: 'Priority means separate queues',
  L23: 'Encryption at rest, queue policies and HTTPS only',
  L24: 'SQS hands a message to a waiting long poll at once',
};
