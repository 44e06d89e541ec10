import type { SqsEvent } from './services/sqs/events';

/** Actors report what they decide, in the same log as the services. */
export interface ActorEvent {
  type: `actor/${string}`;
  at: number;
  actor: string;
  [detail: string]: unknown;
}

/** Everything the engine reports, in order; a discriminated union on `type` ("service/past-tense"). */
export type EngineEvent = SqsEvent | ActorEvent;
