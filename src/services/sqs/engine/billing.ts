import type { SqsMessage, SqsQueue } from './model';

/**
 * [D] Amazon SQS pricing: every API action counts as a request, and "each 64 KB chunk of a
 * payload is billed as 1 request (for example, an API action with a 256 KB payload is billed as 4
 * requests)". Counted here for the message actions on a queue (send, receive, delete, change
 * visibility, single or batch), with the messages' bodies and attributes as the payload; a
 * request that fails as a whole (throttled, invalid) is not counted.
 */
export const BILLING_CHUNK_BYTES = 65_536;

export function billRequest(queue: SqsQueue, payloadBytes = 0): void {
  queue.metrics.BilledRequests += Math.max(1, Math.ceil(payloadBytes / BILLING_CHUNK_BYTES));
}

/** A receive that returns messages: its payload is what it hands out. */
export function billReceive(queue: SqsQueue, messages: readonly SqsMessage[]): void {
  let bytes = 0;
  for (const message of messages) bytes += message.size;
  billRequest(queue, bytes);
}
