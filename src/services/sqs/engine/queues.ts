import { invalidParameter, requiredString, type Input } from '../../../engine/core/input';
import { sqsErrors } from './errors';
import type { SqsQueue, SqsState } from './model';

/** Where queues live: URLs, ARNs and the lookups every action starts with. */
export function queueUrl(state: SqsState, name: string): string {
  return `https://sqs.${state.region}.amazonaws.com/${state.accountId}/${name}`;
}

export function queueArn(state: SqsState, name: string): string {
  return `arn:aws:sqs:${state.region}:${state.accountId}:${name}`;
}

/** The queue a `QueueUrl` member names; QueueDoesNotExist otherwise. */
export function queueFromInput(state: SqsState, input: Input): SqsQueue {
  return queueByUrl(state, requiredString(input, 'QueueUrl'));
}

/**
 * Resolves a QueueUrl. Like AWS, any host is accepted (SDKs may use a custom endpoint), but the
 * account and the name must match; a bare queue name also resolves.
 */
export function queueByUrl(state: SqsState, url: string): SqsQueue {
  const exact = queueByName(state, url.slice(url.lastIndexOf('/') + 1));
  if (exact !== undefined && exact.url === url) return exact;
  const match = /^https?:\/\/[^/]+\/([^/]+)\/([^/#?]+)$/.exec(url);
  const name = match === null ? url : match[2];
  const queue =
    match !== null && match[1] !== state.accountId ? undefined : queueByName(state, name ?? '');
  if (queue === undefined) throw sqsErrors.nonExistentQueue();
  return queue;
}

export function queueByName(state: SqsState, name: string): SqsQueue | undefined {
  const key = state.queueKeysByName.get(name);
  return key === undefined ? undefined : state.queues.get(key);
}

export function queueByArn(state: SqsState, arn: string): SqsQueue | undefined {
  const name = /^arn:aws:sqs:[^:]+:[^:]+:(.+)$/.exec(arn)?.[1];
  const queue = name === undefined ? undefined : queueByName(state, name);
  return queue?.arn === arn ? queue : undefined;
}

const NAME = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;

/** [D] CreateQueue QueueName: 1–80 of [A-Za-z0-9_-]; FIFO names end in .fifo (counted). */
export function validateQueueName(name: string, fifo: boolean): void {
  if (fifo) {
    if (!FIFO_NAME.test(name)) {
      throw sqsErrors.invalidParameterValue(
        'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.',
      );
    }
  } else if (!NAME.test(name)) {
    throw sqsErrors.invalidParameterValue(
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
  }
}

/** Checks a list member's maximum, the way ListQueues-style actions report it. */
export function validateMaxResults(value: number | undefined): void {
  if (value !== undefined && (value < 1 || value > 1000)) {
    throw invalidParameter(
      'MaxResults',
      value,
      'MaxResults must be an integer between 1 and 1000.',
    );
  }
}
