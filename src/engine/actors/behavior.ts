import type { Outcome, Sim } from '../sim';
import type { ActorRecord } from './state';

/** What an actor kind must do; the engine calls these, the actor acts only through `sim`. */
export interface ActorBehavior {
  /** Validates and fills defaults; throws an AwsError (ValidationException) for bad config. */
  configure(config: unknown, previous?: Record<string, unknown>): Record<string, unknown>;
  start(sim: Sim, actor: ActorRecord): void;
  onStep(sim: Sim, actor: ActorRecord, step: string, data: unknown): void;
  onReply(sim: Sim, actor: ActorRecord, purpose: string, outcome: Outcome, context: unknown): void;
  /** Numbers the canvas shows on the actor's node. */
  gauges(sim: Sim, actor: ActorRecord): Record<string, number | string>;
}
