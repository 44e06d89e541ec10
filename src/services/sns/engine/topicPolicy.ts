import { readJson } from './jsonText';
import type { SnsTopic } from './model';

/** [V] The actions a topic's default policy grants its own account. */
const DEFAULT_ACTIONS = [
  'SNS:GetTopicAttributes',
  'SNS:SetTopicAttributes',
  'SNS:AddPermission',
  'SNS:RemovePermission',
  'SNS:DeleteTopic',
  'SNS:Subscribe',
  'SNS:ListSubscriptionsByTopic',
  'SNS:Publish',
];

export interface PolicyDocument {
  Version: string;
  Id: string;
  Statement: Record<string, unknown>[];
}

/** [V] The Policy a new topic has: its account may do the topic actions (AWS:SourceOwner). */
export function defaultTopicPolicy(topicArn: string, account: string): PolicyDocument {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: DEFAULT_ACTIONS,
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': account } },
      },
    ],
  };
}

/** The topic's Policy as JSON text: the one set, else the default. */
export function topicPolicyText(topic: SnsTopic, account: string): string {
  return topic.attributes.get('Policy') ?? JSON.stringify(defaultTopicPolicy(topic.arn, account));
}

/** The Policy as a document AddPermission / RemovePermission can edit. */
export function readTopicPolicy(topic: SnsTopic, account: string): PolicyDocument {
  // The text was checked as JSON when set; a JSON that is no object reads as an empty policy.
  const reading = readJson(topicPolicyText(topic, account));
  const value = reading.ok ? reading.value : undefined;
  const parsed = (
    typeof value === 'object' && value !== null ? value : {}
  ) as Partial<PolicyDocument>;
  const statements = parsed.Statement;
  return {
    Version: parsed.Version ?? '2008-10-17',
    Id: parsed.Id ?? '__default_policy_ID',
    Statement: Array.isArray(statements)
      ? (statements as Record<string, unknown>[])
      : statements === undefined
        ? []
        : [statements as Record<string, unknown>],
  };
}
