/**
 * The event source mapping's checks against its queue's visibility timeout.
 * [D] Lambda DG services-sqs-configure: "set the source queue's visibility timeout to at least six
 * times the timeout that you configure on your function", plus MaximumBatchingWindowInSeconds
 * (the extra time lets Lambda retry a throttled batch before the messages come back).
 */
export const RECOMMENDED_TIMEOUT_FACTOR = 6;

export interface VisibilityAdvice {
  visibilityTimeout: number;
  functionTimeout: number;
  recommended: number;
}

/** The advice as one sentence (the inspector shows it; the event log explains the event with it). */
export function adviceText(advice: VisibilityAdvice): string {
  return `The queue's visibility timeout (${advice.visibilityTimeout} s) is below AWS's recommendation of 6× the function timeout (${advice.functionTimeout} s) plus the batching window: at least ${advice.recommended} s. A batch Lambda retries after throttling could come back to the queue while it is still being handled.`;
}

/** The refusal as the node and the event log word it. */
export function refusalText(error: string, message: string): string {
  return `CreateEventSourceMapping refused (${error}): ${message}. The function exists but nothing polls the queue: Lambda requires a visibility timeout of at least the function timeout (and advises 6×).`;
}
