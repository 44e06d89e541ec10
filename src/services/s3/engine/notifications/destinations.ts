import type { Sim } from '../../../../engine/sim';
import type { MessageDestination } from '../model';

/** What a destination answered: its MessageId, or its error and S3's words for the failure. */
export type Sent = { ok: true; messageId?: string } | Refused;
type Refused = { ok: false; error: string; message: string; reason: string };

/**
 * Sends one message to a queue or a topic as S3 does: through the destination service's own
 * actions, as the service principal s3.amazonaws.com acting for the bucket (aws:SourceArn, and
 * aws:SourceAccount of the bucket's owner), so the queue's or topic's policy decides. A queue is
 * found by name in the account its ARN names (GetQueueUrl), as S3 checks that it exists.
 */
export function sendToDestination(
  sim: Sim,
  bucketArn: string,
  kind: MessageDestination,
  arn: string,
  message: string,
): Sent {
  const from = {
    via: 's3',
    caller: bucketArn,
    identity: {
      servicePrincipal: 's3.amazonaws.com',
      sourceArn: bucketArn,
      sourceAccount: sim.state.s3.accountId,
    },
  };
  const [, , , , account = '', name = ''] = arn.split(':');
  if (kind === 'topic') {
    const published = sim.callService(
      'sns',
      'Publish',
      { TopicArn: arn, Message: message, Subject: 'Amazon S3 Notification' },
      from,
    );
    return published.ok
      ? { ok: true, ...messageIdOf(published.value) }
      : failed(published.error, 'topic');
  }
  const found = sim.callService(
    'sqs',
    'GetQueueUrl',
    { QueueName: name, QueueOwnerAWSAccountId: account },
    from,
  );
  if (!found.ok) return failed(found.error, 'queue');
  const queueUrl = (found.value as { QueueUrl: string }).QueueUrl;
  const sent = sim.callService(
    'sqs',
    'SendMessage',
    { QueueUrl: queueUrl, MessageBody: message },
    from,
  );
  return sent.ok ? { ok: true, ...messageIdOf(sent.value) } : failed(sent.error, 'queue');
}

/**
 * [D] S3's words (the ArgumentValue of "Unable to validate the following destination
 * configurations") for a destination that is missing or whose policy refuses S3; any other
 * refusal in the destination's own words. A service this world does not run has no such resource.
 */
function failed(error: { name: string; message: string }, what: MessageDestination): Refused {
  const reason = /^(AccessDenied|AuthorizationError)/.test(error.name)
    ? `Permissions on the destination ${what} do not allow S3 to publish notifications from this bucket`
    : /^(QueueDoesNotExist|NotFound|UnknownOperation)/.test(error.name)
      ? `The destination ${what} does not exist`
      : error.message;
  return { ok: false, error: error.name, message: error.message, reason };
}

function messageIdOf(value: unknown): { messageId?: string } {
  const id = (value as { MessageId?: unknown } | undefined)?.MessageId;
  return typeof id === 'string' ? { messageId: id } : {};
}
