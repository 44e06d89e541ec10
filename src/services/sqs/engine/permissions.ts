import type { SqsQueue } from './model';

/** The queue access policy AddPermission / RemovePermission edit (stored in the Policy attribute). */
export interface PolicyStatement {
  Sid?: string;
  [key: string]: unknown;
}

interface PolicyDocument {
  Version: string;
  Id: string;
  Statement: PolicyStatement[];
}

export function readPolicy(queue: SqsQueue): PolicyDocument {
  const text = queue.attributes.Policy;
  if (text === undefined)
    return { Version: '2008-10-17', Id: `${queue.arn}/SQSDefaultPolicy`, Statement: [] };
  const parsed = JSON.parse(text) as Partial<PolicyDocument>;
  const statements = parsed.Statement;
  return {
    Version: parsed.Version ?? '2008-10-17',
    Id: parsed.Id ?? `${queue.arn}/SQSDefaultPolicy`,
    Statement: Array.isArray(statements)
      ? statements
      : statements === undefined
        ? []
        : [statements],
  };
}

export function writePolicy(queue: SqsQueue, policy: PolicyDocument): void {
  const attributes = { ...queue.attributes };
  if (policy.Statement.length === 0) delete attributes.Policy;
  else attributes.Policy = JSON.stringify(policy);
  queue.attributes = attributes;
}

/** One value stays a string, several become a list, as SQS writes policies. */
export function oneOrMany(values: string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : values;
}
