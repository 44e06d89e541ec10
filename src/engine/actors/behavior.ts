import type { Outcome, Sim } from '../sim';
import type { ActorRecord } from './state';

/** What an actor kind must do; the engine calls these, the actor acts only through `sim`. */
export interface ActorBehavior {
  /** Validates and fills defaults; throws an AwsError (ValidationException) for bad config. */
  configure(config: unknown, previous?: Record<string, unknown>): Record<string, unknown>;
  /** Checks a new config against the world before UpdateActor applies it; throws an AwsError. */
  admitUpdate?(sim: Sim, config: Record<string, unknown>): void;
  /** Begins (or, after a reconfigure bumped the generation, begins again) with the current config. */
  start(sim: Sim, actor: ActorRecord): void;
  onStep(sim: Sim, actor: ActorRecord, step: string, data: unknown): void;
  onReply(sim: Sim, actor: ActorRecord, purpose: string, outcome: Outcome, context: unknown): void;
  /** Numbers the canvas shows on the actor's node. */
  gauges(sim: Sim, actor: ActorRecord): Record<string, number | string>;
  /** One word for the node's badge ("idle", "polling", "processing", "crashed", ...). */
  status(actor: ActorRecord): string;
  /** Kinds that can crash drop their work in progress; absent means CrashActor is refused. */
  crash?(sim: Sim, actor: ActorRecord): void;
  restart?(sim: Sim, actor: ActorRecord): void;
  /** Before the actor leaves the world (a group takes its members with it). */
  remove?(sim: Sim, actor: ActorRecord): void;
}
