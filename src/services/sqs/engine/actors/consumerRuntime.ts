import type { ConsumerConfig } from './consumerConfig';
import type { ActorRecord } from '../../../../engine/actors/state';

/** One message being processed. */
export interface Job {
  id: number;
  messageId: string;
  receiptHandle: string;
  startedAt: number;
  doneAt: number;
  failure?: 'poison' | 'random';
  /** Request–response: where the answer goes and the id it carries. */
  replyTo?: string;
  correlationId?: string;
}

export interface ConsumerRuntime {
  crashed: boolean;
  /** A ReceiveMessage is on its way. */
  polling: boolean;
  /** After an empty short poll: no receive before this time. */
  waitUntil?: number;
  /** An autoscaling group is removing this instance: finish the work in hand, take no more. */
  draining: boolean;
  jobs: Job[];
  nextJob: number;
  /** Jobs that succeeded and wait in the batch window for their DeleteMessageBatch. */
  pendingDeletes: Job[];
  /** Counts DeleteMessageBatch calls sent, so a window's timer knows whether its batch already went. */
  deleteBatches: number;
  received: number;
  succeeded: number;
  failed: number;
  deleted: number;
  replied: number;
  emptyReceives: number;
  errors: number;
}

/** A consumer as the world keeps it. */
export type Consumer = ActorRecord<ConsumerConfig, ConsumerRuntime>;

export function freeSlots(actor: Consumer): number {
  return actor.config.Concurrency - actor.runtime.jobs.length;
}
