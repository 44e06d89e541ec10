import { parseArn } from './arns';
import { invalid } from './errors';
import { readJson } from './jsonText';

/** The dead-letter queue a subscription's RedrivePolicy names. */
export function deadLetterTargetArn(redrivePolicy: string | undefined): string | undefined {
  if (redrivePolicy === undefined) return undefined;
  const reading = readJson(redrivePolicy);
  const value = reading.ok ? (reading.value as Record<string, unknown> | null) : null;
  const target =
    value !== null && typeof value === 'object' ? value.deadLetterTargetArn : undefined;
  return typeof target === 'string' ? target : undefined;
}

/**
 * [V] A subscription's RedrivePolicy ({"deadLetterTargetArn": "<SQS queue ARN>"}): JSON, an ARN,
 * and for a FIFO queue subscribed to a FIFO topic a FIFO dead-letter queue. [D] The queue is
 * SQS in the subscription's account and region (that text is the playground's).
 */
export function checkRedrivePolicy(
  value: string,
  prefix: string,
  context: { fifoTopic: boolean; endpoint: string; region: string; account: string },
): void {
  const reading = readJson(value);
  if (!reading.ok)
    throw invalid(`${prefix}RedrivePolicy: failed to parse JSON. ${reading.problem}`);
  const target = parseArn(deadLetterTargetArn(value) ?? '');
  if (target === undefined)
    throw invalid(`${prefix}RedrivePolicy: deadLetterTargetArn is an invalid arn`);
  if (
    context.fifoTopic &&
    context.endpoint.endsWith('.fifo') &&
    (target.service !== 'sqs' || !target.resource.endsWith('.fifo'))
  )
    throw invalid(
      `${prefix}RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.`,
    );
  if (
    target.service !== 'sqs' ||
    target.region !== context.region ||
    target.account !== context.account
  )
    throw invalid(
      `${prefix}RedrivePolicy: deadLetterTargetArn must be an Amazon SQS queue in the same account and region`,
    );
}
