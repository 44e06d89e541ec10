import type { Known } from '../../../../engine/testing/fuzz/known';
import type { Random } from '../../../../engine/testing/random';
import type { Call } from '../../../../engine/testing/workload';

/** What the SQS workload knows: the door fuzzer's knowledge, and the calls its answers invite. */
export interface SqsKnown extends Known {
  /** Calls a program would make next (delete what it received, ...), newest last. */
  followUps: Call[];
}

const sqs = (action: string, input: Record<string, unknown>): Call => ({
  service: 'sqs',
  action,
  input,
});

/**
 * The calls an answer invites, so that the actions that need a fresh receipt handle, label or
 * task handle are answered too, not only refused.
 */
export function followUpsOf(
  action: string,
  input: Record<string, unknown>,
  value: unknown,
): Call[] {
  const { QueueUrl, SourceArn } = input;
  const answer = value as { Messages?: { ReceiptHandle: string }[]; TaskHandle?: string };
  switch (action) {
    case 'ReceiveMessage':
      return (answer.Messages ?? []).map((m) =>
        sqs('DeleteMessage', { QueueUrl, ReceiptHandle: m.ReceiptHandle }),
      );
    case 'AddPermission':
      return [sqs('RemovePermission', { QueueUrl, Label: input.Label })];
    case 'StartMessageMoveTask':
      return [
        sqs('ListMessageMoveTasks', { SourceArn }),
        sqs('CancelMessageMoveTask', { TaskHandle: answer.TaskHandle }),
      ];
    default:
      return [];
  }
}

/**
 * The newest follow-up. A received message is deleted, or its visibility changed, or abandoned
 * (undefined): it comes back, and after two receives it moves to the dead-letter queue.
 */
export function takeFollowUp(random: Random, known: SqsKnown): Call | undefined {
  const call = known.followUps.pop();
  if (call?.action !== 'DeleteMessage') return call;
  const roll = random.next();
  if (roll < 0.5) return call;
  if (roll >= 0.75) return undefined;
  const VisibilityTimeout = random.pick([0, 5, 60]);
  return sqs('ChangeMessageVisibility', { ...(call.input as object), VisibilityTimeout });
}
