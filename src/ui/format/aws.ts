/**
 * The playground's one account and region: every URL and ARN the engine hands out uses them,
 * so the UI can name a queue's URL and ARN from its QueueName alone.
 */
export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';

export function queueUrlOf(queueName: string): string {
  return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${queueName}`;
}

export function queueArnOf(queueName: string): string {
  return `arn:aws:sqs:${REGION}:${ACCOUNT}:${queueName}`;
}

/** An AWS error as the sim client rejects with it ({name, message}), or anything else thrown. */
export interface AwsErrorShape {
  name: string;
  message: string;
}

export function asAwsError(error: unknown): AwsErrorShape {
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: unknown; message?: unknown };
    return {
      name: typeof e.name === 'string' ? e.name : 'Error',
      message: typeof e.message === 'string' ? e.message : String(error),
    };
  }
  return { name: 'Error', message: String(error) };
}
