import { AwsError } from '../../../core/errors';
import type { Sim } from '../../../sim';
import { queueByArn } from '../queues';
import type { LambdaSqsConfig } from './lambdaSqsConfig';

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

/**
 * CreateEventSourceMapping refuses a queue whose visibility timeout is below the function timeout,
 * with this error and text (as reported by Terraform, CloudFormation and the CLI).
 */
export function mappingRefusal(sim: Sim, config: LambdaSqsConfig): AwsError | undefined {
  const queue = queueByArn(sim.state.sqs, config.EventSourceArn);
  if (queue === undefined || queue.config.visibilityTimeout >= config.Timeout) return undefined;
  return new AwsError(
    'InvalidParameterValueException',
    `Queue visibility timeout: ${queue.config.visibilityTimeout} seconds is less than Function timeout: ${config.Timeout} seconds`,
  );
}

/** The refusal as the node and the event log word it. */
export function refusalText(error: string, message: string): string {
  return `CreateEventSourceMapping refused (${error}): ${message}. The function exists but nothing polls the queue: Lambda requires a visibility timeout of at least the function timeout (and advises 6×).`;
}

/** The numbers behind the advice when the queue's visibility timeout is below the recommendation. */
export function visibilityAdvice(sim: Sim, config: LambdaSqsConfig): VisibilityAdvice | undefined {
  const queue = queueByArn(sim.state.sqs, config.EventSourceArn);
  if (queue === undefined) return undefined;
  const recommended =
    RECOMMENDED_TIMEOUT_FACTOR * config.Timeout + config.MaximumBatchingWindowInSeconds;
  const visibilityTimeout = queue.config.visibilityTimeout;
  if (visibilityTimeout >= recommended) return undefined;
  return { visibilityTimeout, functionTimeout: config.Timeout, recommended };
}

/** The advice as one sentence (the inspector shows it; the event log explains the event with it). */
export function adviceText(advice: VisibilityAdvice): string {
  return `The queue's visibility timeout (${advice.visibilityTimeout} s) is below AWS's recommendation of 6× the function timeout (${advice.functionTimeout} s) plus the batching window: at least ${advice.recommended} s. A batch Lambda retries after throttling could come back to the queue while it is still being handled.`;
}
