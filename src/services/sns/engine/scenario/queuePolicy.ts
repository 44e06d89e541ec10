import { isRecord } from '../../../../engine/actors/config';

/**
 * [D] SNS-DG "Subscribing an Amazon SQS queue to an Amazon SNS topic": the queue's access policy
 * must let the topic send — sqs:SendMessage for the service principal sns.amazonaws.com, with
 * the topic's ARN as aws:SourceArn. One statement per topic, as the SQS console's "Subscribe to
 * Amazon SNS topic" adds it, after the statements the queue already has.
 */
export function topicStatement(queueArn: string, topicArn: string): Record<string, unknown> {
  return {
    Sid: `topic-subscription-${topicArn}`,
    Effect: 'Allow',
    Principal: { Service: 'sns.amazonaws.com' },
    Action: 'sqs:SendMessage',
    Resource: queueArn,
    Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
  };
}

/** The queue's policy (its own, if any) with a statement for each topic added. */
export function policyAllowingTopics(
  existing: string | undefined,
  queueArn: string,
  topicArns: readonly string[],
): string {
  const parsed: unknown = existing === undefined || existing === '' ? {} : JSON.parse(existing);
  const policy = isRecord(parsed) ? parsed : {};
  const own = policy.Statement;
  const statements = Array.isArray(own) ? own : own === undefined ? [] : [own];
  return JSON.stringify({
    Version: '2012-10-17',
    ...policy,
    Statement: [...statements, ...topicArns.map((arn) => topicStatement(queueArn, arn))],
  });
}
