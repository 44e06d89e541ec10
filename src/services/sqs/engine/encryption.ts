import { AwsError, type ErrorData } from '../../../engine/core/errors';
import type { CallerIdentity } from '../../../engine/core/identity';
import { Sim, type ReplyTo } from '../../../engine/sim';
import type { SqsQueue } from './model';

/**
 * [D] SQS DG sqs-key-management: with SSE-KMS, SQS calls KMS as the caller — GenerateDataKey
 * for a send, Decrypt for a receive — so the key policy must allow the producer and the
 * consumer. The AWS managed key (alias/aws/sqs) allows only its own account: a partner account,
 * or SNS / S3 / EventBridge sending to the queue, needs a customer managed key whose policy grants
 * kms:GenerateDataKey and kms:Decrypt. SSE-SQS needs no KMS permission. (Data key reuse,
 * KmsDataKeyReusePeriodSeconds, is not modelled: every call is checked.)
 */
export function useQueueKey(
  sim: Sim,
  queue: SqsQueue,
  action: 'GenerateDataKey' | 'Decrypt',
  replyTo: ReplyTo,
): void {
  const keyId = queue.attributes.KmsMasterKeyId;
  // An empty KmsMasterKeyId is never stored: setting it turns SSE-KMS off.
  if (keyId === undefined) return;
  const identity: CallerIdentity | undefined = Sim.identity(replyTo);
  const from = { via: 'sqs', caller: Sim.caller(replyTo) };
  const outcome = sim.callService(
    'kms',
    action,
    { KeyId: keyId },
    identity === undefined ? from : { ...from, identity },
  );
  if (!outcome.ok) throw asSqsError(outcome.error);
}

/** [D] SendMessage / ReceiveMessage errors KmsAccessDenied, KmsNotFound, … (legacy KMS.* codes). */
function asSqsError(error: ErrorData): AwsError {
  const name = error.name.replace(/Exception$/, '');
  return new AwsError(`Kms${name}`, error.message, { code: `KMS.${error.name}` });
}
