import type { ScenarioEdge, ScenarioNode, ScriptStep } from '../../../engine';

/** A queue's ARN in the world's own account and Region (engine/services/sqs/model.ts). */
export const queueArn = (name: string) => `arn:aws:sqs:us-east-1:123456789012:${name}`;

type Position = ScenarioNode['position'];

/**
 * The dead-letter queue `orders-dlq` of the DLQ scenarios, kept 14 days (the maximum): time to
 * debug what lands there before it expires. `allowOnly`: the source queues its
 * RedriveAllowPolicy lets in (byQueue); none, every queue may use it.
 */
export function deadLetterQueueNode(
  name: string,
  position: Position,
  { fifo = false, allowOnly }: { fifo?: boolean; allowOnly?: string[] } = {},
): ScenarioNode {
  return {
    id: 'orders-dlq',
    type: 'sqs-queue',
    position,
    config: {
      QueueName: name,
      Attributes: {
        ...(fifo ? { FifoQueue: 'true' } : {}),
        MessageRetentionPeriod: '1209600',
        ...(allowOnly === undefined
          ? {}
          : {
              RedriveAllowPolicy: JSON.stringify({
                redrivePermission: 'byQueue',
                sourceQueueArns: allowOnly.map(queueArn),
              }),
            }),
      },
    },
  };
}

/** The consumer `fulfilment`: long polls, and fails every message whose body holds `poison`. */
export function poisonedConsumer(
  position: Position,
  processingMs: number,
  poison: string,
  more: Record<string, unknown> = {},
): ScenarioNode {
  return {
    id: 'fulfilment',
    type: 'consumer',
    position,
    config: {
      WaitTimeSeconds: 20,
      ...more,
      ProcessingTime: { Distribution: 'fixed', Ms: processingMs },
      PoisonBodyContains: poison,
    },
  };
}

/** orders → fulfilment, and orders' failures → orders-dlq after 3 receives. */
export const consumeWithDeadLetter: ScenarioEdge[] = [
  { id: 'e-consume', source: 'orders', target: 'fulfilment', type: 'consumes-from' },
  { id: 'e-dlq', source: 'orders', target: 'orders-dlq', type: 'dead-letter', maxReceiveCount: 3 },
];

/** The bug is fixed at `fixAt` (the consumer no longer fails); at `redriveAt` the DLQ is redriven. */
export function fixThenRedrive(fixAt: number, redriveAt: number, dlqName: string): ScriptStep[] {
  return [
    {
      at: fixAt,
      service: 'playground',
      action: 'UpdateActor',
      input: { ActorId: 'fulfilment', Config: { PoisonBodyContains: 'no-longer-matches' } },
    },
    {
      at: redriveAt,
      service: 'sqs',
      action: 'StartMessageMoveTask',
      input: { SourceArn: queueArn(dlqName) },
    },
  ];
}
