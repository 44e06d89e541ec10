import type { Received } from '../../../../engine/actors/act';
import type { ActorRecord } from '../../../../engine/actors/state';
import type { LambdaSqsConfig } from './lambdaSqsConfig';

/** One poller of the mapping: gathers a batch, invokes the function, waits for it, repeats. */
export interface Poller {
  index: number;
  state: 'receiving' | 'invoking';
  batch: Received[];
  windowEndsAt?: number;
  invocation?: {
    startedAt: number;
    /** Reported as batch item failures: the failed records, then (FIFO) the unprocessed rest. */
    failed: string[];
    unprocessed: string[];
    outcome: 'success' | 'partial' | 'failed' | 'timeout';
  };
}

export interface LambdaRuntime {
  crashed: boolean;
  /** How many pollers may run now (scales with the backlog, see lambdaSqs.ts). */
  target: number;
  pollers: Poller[];
  receives: number;
  /** Receives since the last scaling step. */
  windowReceives: number;
  emptyReceives: number;
  /** Pollers that found the queue empty (or, FIFO, only groups in hand) since the last scaling step. */
  idlePollers: number[];
  /** FIFO: message groups seen since the last scaling step (see lambdaFifo.ts). */
  windowGroups: string[];
  invocations: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  itemsFailed: number;
  /** Why Lambda refused the event source mapping ('' when it runs). */
  refused: string;
}

/** A Lambda function and its event source mapping as the world keeps them. */
export type Lambda = ActorRecord<LambdaSqsConfig, LambdaRuntime>;
