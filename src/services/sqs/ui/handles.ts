/**
 * Handle ids: data flows left to right; a queue's dead-letter queue hangs below it, and a
 * consumer's replies leave from its bottom into the top of the reply queue (the same handle a
 * dead-letter queue is fed through: "in from above").
 */
export const HANDLE = {
  in: 'in',
  out: 'out',
  dlqOut: 'dlq',
  dlqIn: 'dlq-in',
  replyOut: 'reply',
} as const;
