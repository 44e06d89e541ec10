import { sqsErrors } from './errors';
import type { SqsState } from './model';
import { queueByArn } from './queues';
import { MAX_RECEIVE_COUNT } from './queueSettings';

/**
 * RedrivePolicy and RedriveAllowPolicy: parsed, checked against the world, and stored in the
 * canonical JSON GetQueueAttributes returns (maxReceiveCount as a number).
 */
export function normalizeRedrivePolicy(
  state: SqsState,
  text: string,
  source: { fifo: boolean; arn: string },
): string {
  const invalid = (reason: string) =>
    sqsErrors.invalidParameterValue(
      `Value ${text} for parameter RedrivePolicy is invalid. Reason: ${reason}`,
    );
  const policy = parseObject(text);
  if (policy === undefined) {
    throw sqsErrors.invalidAttributeValue(
      'RedrivePolicy',
      'Redrive policy is not a valid JSON map.',
    );
  }
  for (const key of ['maxReceiveCount', 'deadLetterTargetArn']) {
    if (!Object.hasOwn(policy, key)) {
      throw invalid(`Redrive policy does not contain mandatory attribute: ${key}.`);
    }
  }
  const count = receiveCountOf(policy.maxReceiveCount);
  const { min, max } = MAX_RECEIVE_COUNT;
  if (!Number.isInteger(count) || count < min || count > max) {
    throw invalid(
      `Invalid value for maxReceiveCount: ${JSON.stringify(policy.maxReceiveCount)}, valid values are from ${min} to ${max} both inclusive.`,
    );
  }
  const target = policy.deadLetterTargetArn;
  if (typeof target !== 'string' || !/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(target)) {
    throw invalid('Dead-letter target ARN should be fully qualified ARN.');
  }
  if (Object.keys(policy).length > 2) {
    throw invalid(
      'Only following attributes are supported: [maxReceiveCount, deadLetterTargetArn].',
    );
  }
  if (!target.startsWith('arn:aws:sqs:')) {
    throw invalid('Only SQS queues are valid resources for deadLetterTargetArn.');
  }
  if (target === source.arn) throw invalid('A queue cannot be its own dead-letter queue.');
  const dlq = queueByArn(state, target);
  if (dlq === undefined) throw invalid('Dead letter target does not exist.');
  if (leadsBackTo(state, dlq.config.redrive?.deadLetterTargetArn, source.arn)) {
    throw invalid(
      'The dead-letter queue redrives back to this queue: messages would move in a loop.',
    );
  }
  if (dlq.fifo !== source.fifo)
    throw invalid('Dead-letter queue must be same type of queue as the source..');
  if (!allowsSource(dlq.attributes.RedriveAllowPolicy, source.arn)) {
    throw invalid(`Queue ${target} does not allow this queue to use it as a dead-letter queue.`);
  }
  return JSON.stringify({ deadLetterTargetArn: target, maxReceiveCount: count });
}

export function normalizeRedriveAllowPolicy(_state: SqsState, text: string): string {
  const policy = parseObject(text);
  const unsupported = () =>
    sqsErrors.invalidAttributeValue(
      'RedriveAllowPolicy',
      'Amazon SQS can’t create the redrive allow policy, as it’s in an unsupported format.',
    );
  const invalid = (reason: string) =>
    sqsErrors.invalidParameterValue(
      `Value ${text} for parameter RedriveAllowPolicy is invalid. Reason: Amazon SQS can't create the redrive allow policy. ${reason}`,
    );
  if (policy === undefined) throw unsupported();
  const permission = policy.redrivePermission;
  const arns = policy.sourceQueueArns;
  if (
    typeof permission !== 'string' ||
    !['allowAll', 'denyAll', 'byQueue'].includes(permission) ||
    Object.keys(policy).some((k) => k !== 'redrivePermission' && k !== 'sourceQueueArns') ||
    (arns !== undefined && (!Array.isArray(arns) || arns.some((a) => typeof a !== 'string')))
  ) {
    throw unsupported();
  }
  const list = (arns ?? []) as string[];
  if (permission !== 'byQueue' && arns !== undefined) {
    throw invalid(
      'To specify one or more source queue ARNs, you must set redrivePermission to byQueue.',
    );
  }
  if (permission === 'byQueue' && list.length === 0) {
    throw invalid(
      'When you specify the byQueue permission type, you must also specify one or more sourceQueueArns values.',
    );
  }
  if (list.length > 10)
    throw invalid('The maximum number of source queue ARNs you can specify is 10.');
  return JSON.stringify(
    permission === 'byQueue'
      ? { redrivePermission: permission, sourceQueueArns: list }
      : { redrivePermission: permission },
  );
}

/** Whether following dead-letter targets from `arn` ever reaches `sourceArn`. */
function leadsBackTo(state: SqsState, arn: string | undefined, sourceArn: string): boolean {
  const seen = new Set<string>();
  for (let next = arn; next !== undefined && !seen.has(next);) {
    if (next === sourceArn) return true;
    seen.add(next);
    next = queueByArn(state, next)?.config.redrive?.deadLetterTargetArn;
  }
  return false;
}

/** Whether a dead-letter queue's RedriveAllowPolicy lets `sourceArn` send its failures there. */
export function allowsSource(allowPolicy: string | undefined, sourceArn: string): boolean {
  if (allowPolicy === undefined) return true;
  const policy = JSON.parse(allowPolicy) as {
    redrivePermission: string;
    sourceQueueArns?: string[];
  };
  if (policy.redrivePermission === 'denyAll') return false;
  if (policy.redrivePermission === 'byQueue')
    return policy.sourceQueueArns?.includes(sourceArn) ?? false;
  return true;
}

/** [D] maxReceiveCount may be a number or a string ("5"); a JSON object or list never is. */
function receiveCountOf(value: unknown): number {
  const scalar =
    typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean';
  return scalar ? Number(value) : NaN;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
