import type { ErrorData } from '../../../../engine/core/errors';
import type { Sim } from '../../../../engine/sim';
import { parseArn } from '../arns';
import type { SnsTopic } from '../model';
import type { SqsSend } from './payload';

export type SqsResult =
  { ok: true; queue: string; messageId: string } | { ok: false; queue: string; error: ErrorData };

/**
 * Sends to an SQS queue named by ARN the way AWS does: as the SNS service principal
 * (sns.amazonaws.com) with the topic as aws:SourceArn, through SQS's own actions, so the queue
 * policy ([D] it must allow the topic to send) and, for SSE-KMS queues, the key policy decide.
 * The queue's URL comes from GetQueueUrl (QueueName, QueueOwnerAWSAccountId).
 */
export function sendToQueue(sim: Sim, topic: SnsTopic, queueArn: string, send: SqsSend): SqsResult {
  const arn = parseArn(queueArn);
  const queue = arn?.resource ?? queueArn;
  const from = {
    via: 'sns',
    caller: topic.arn,
    identity: { servicePrincipal: 'sns.amazonaws.com', sourceArn: topic.arn },
  };
  const url = sim.callService(
    'sqs',
    'GetQueueUrl',
    { QueueName: queue, QueueOwnerAWSAccountId: arn?.account ?? '' },
    from,
  );
  if (!url.ok) return { ok: false, queue, error: url.error };
  const { QueueUrl } = url.value as { QueueUrl: string };
  const sent = sim.callService('sqs', 'SendMessage', { QueueUrl, ...send }, from);
  if (!sent.ok) return { ok: false, queue, error: sent.error };
  return { ok: true, queue, messageId: (sent.value as { MessageId: string }).MessageId };
}
