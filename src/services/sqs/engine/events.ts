/**
 * What SQS tells the world. Each event names the queue (by name), the message (MessageId and the
 * readable ordinal `n`), who acted (`by`: an actor id or "api") and the numbers that explain it.
 */
interface Base {
  at: number;
  queue: string;
}

interface MessageRef extends Base {
  messageId: string;
  n: number;
}

export type SqsEvent =
  | (Base & { type: 'sqs/queue-created'; fifo: boolean })
  | (Base & { type: 'sqs/queue-deleted'; messagesDropped: number })
  | (Base & { type: 'sqs/attributes-changed'; attributes: Record<string, string> })
  | (MessageRef & {
      type: 'sqs/sent';
      by: string;
      size: number;
      delaySeconds: number;
      groupId?: string;
    })
  | (Base & {
      type: 'sqs/duplicate-dropped';
      by: string;
      dedupId: string;
      originalMessageId: string;
      windowEndsAt: number;
    })
  | (MessageRef & { type: 'sqs/delay-ended'; delaySeconds: number })
  | (MessageRef & {
      type: 'sqs/received';
      by: string;
      receiveCount: number;
      visibilityTimeout: number;
      visibleAt: number;
      groupId?: string;
    })
  | (MessageRef & {
      type: 'sqs/receive-retried';
      by: string;
      attemptId: string;
      visibleAt: number;
    })
  | (MessageRef & { type: 'sqs/duplicate-delivered'; copyOfReceiveCount: number })
  | (MessageRef & { type: 'sqs/reordered'; overtook: number })
  | (Base & {
      type: 'sqs/empty-receive';
      by: string;
      waitedSeconds: number;
      /** A false empty response: visible messages were on servers the short poll did not ask. */
      missedVisible?: number;
    })
  | (Base & { type: 'sqs/poll-started'; by: string; waitSeconds: number; until: number })
  | (MessageRef & {
      type: 'sqs/visibility-changed';
      by: string;
      visibilityTimeout: number;
      visibleAt: number;
    })
  | (MessageRef & {
      type: 'sqs/visibility-expired';
      receiveCount: number;
      visibilityTimeout: number;
    })
  | (MessageRef & { type: 'sqs/deleted'; by: string; receiveCount: number; inQueueMs: number })
  | (MessageRef & {
      type: 'sqs/moved-to-dlq';
      deadLetterQueue: string;
      receiveCount: number;
      maxReceiveCount: number;
    })
  | (MessageRef & { type: 'sqs/expired'; retentionSeconds: number; ageMs: number })
  | (Base & { type: 'sqs/purged'; by: string; messagesDeleted: number })
  | (Base & { type: 'sqs/throttled'; by: string; action: string; limit: number })
  | (MessageRef & {
      type: 'sqs/redriven';
      destination: string;
      newMessageId: string;
      taskHandle: string;
    })
  | (Base & {
      type: 'sqs/move-task-finished';
      status: 'COMPLETED' | 'CANCELLED' | 'FAILED';
      moved: number;
      toMove: number;
    });
