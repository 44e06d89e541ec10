import { AwsError } from '../../../../engine/core/errors';
import type { Sim } from '../../../../engine/sim';
import { queueByArn } from '../queues';
import type { LambdaSqsConfig } from './lambdaSqsConfig';
import { RECOMMENDED_TIMEOUT_FACTOR, type VisibilityAdvice } from './lambdaAdvice';

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
