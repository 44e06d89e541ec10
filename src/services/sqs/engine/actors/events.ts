import type { ActorEvent, CallFailed } from '../../../../engine/events';

interface Base {
  at: number;
  actor: string;
}

/** What the SQS actor kinds (producer, consumer, Lambda mapping, autoscaling group) report. */
export type SqsActorEvent =
  // producer
  | CallFailed<'actor/send-failed'>
  | (Base & { type: 'actor/finished'; attempted: number })
  // consumer
  | (Base & {
      type: 'actor/processing-started';
      messageId: string;
      receiveCount: number;
      until: number;
      durationMs: number;
    })
  | (Base & { type: 'actor/processing-succeeded'; messageId: string; durationMs: number })
  | (Base & {
      type: 'actor/processing-failed';
      messageId: string;
      durationMs: number;
      reason: 'poison' | 'random';
    })
  | CallFailed<
      | 'actor/receive-failed'
      | 'actor/delete-failed'
      | 'actor/delete-batch-failed'
      | 'actor/heartbeat-failed'
      | 'actor/reply-failed'
      | 'actor/metric-failed'
    >
  // consumer and Lambda: messages in hand are dropped, not deleted
  | (Base & { type: 'actor/crashed'; messagesDropped: number; messageIds?: string[] })
  | (Base & { type: 'actor/restarted' })
  // Lambda event source mapping
  | (Base & { type: 'actor/invocation-started'; batchSize: number; poller: number; until: number })
  | (Base & {
      type: 'actor/invoked';
      batchSize: number;
      outcome: 'success' | 'partial' | 'failed' | 'timeout';
      durationMs: number;
      failedItems: number;
      poller: number;
    })
  /** `unprocessed`: a FIFO record after the first failure. */
  | (Base & { type: 'actor/batch-item-failed'; messageId: string; unprocessed: boolean })
  | (Base & {
      type: 'actor/visibility-timeout-below-advice';
      visibilityTimeout: number;
      functionTimeout: number;
      recommended: number;
    })
  /** CreateEventSourceMapping refused the mapping: nothing polls. */
  | (Base & { type: 'actor/mapping-refused'; error: string; message: string })
  // Lambda concurrency, or an autoscaling group's size (with its backlog numbers)
  | (Base & {
      type: 'actor/scaled-out' | 'actor/scaled-in';
      from: number;
      to: number;
      backlogPerInstance?: number;
      target?: number;
    })
  // autoscaling group
  | (Base & {
      type: 'actor/metric-evaluated';
      visible: number;
      inService: number;
      backlogPerInstance: number;
      wanted: number;
    })
  | (Base & { type: 'actor/instance-launched' | 'actor/instance-terminating'; instance: string });

/** Every type of the union, once: the compiler checks the list is complete. */
const TYPES: Record<SqsActorEvent['type'], true> = {
  'actor/send-failed': true,
  'actor/finished': true,
  'actor/processing-started': true,
  'actor/processing-succeeded': true,
  'actor/processing-failed': true,
  'actor/receive-failed': true,
  'actor/delete-failed': true,
  'actor/delete-batch-failed': true,
  'actor/heartbeat-failed': true,
  'actor/reply-failed': true,
  'actor/metric-failed': true,
  'actor/crashed': true,
  'actor/restarted': true,
  'actor/invocation-started': true,
  'actor/invoked': true,
  'actor/batch-item-failed': true,
  'actor/visibility-timeout-below-advice': true,
  'actor/mapping-refused': true,
  'actor/scaled-out': true,
  'actor/scaled-in': true,
  'actor/metric-evaluated': true,
  'actor/instance-launched': true,
  'actor/instance-terminating': true,
};

export const isSqsActorEvent = (e: ActorEvent): e is SqsActorEvent => Object.hasOwn(TYPES, e.type);

declare module '../../../../engine/events' {
  interface ServiceActorEvents {
    sqs: SqsActorEvent;
  }
}
