import type { Outcome, Sim } from '../sim';
import type { ActorRecord } from './state';

/**
 * What an actor kind must do; the engine calls these, the actor acts only through `sim`. `C` is
 * the kind's config as its configure returns it, `R` its runtime as its runtime() makes it.
 */
export interface ActorBehavior<C extends object = object, R extends object = object> {
  /** Validates and fills defaults; throws an AwsError (ValidationException) for bad config. */
  configure(config: unknown, previous?: C): C;
  /** Checks a new config against the world before UpdateActor applies it; throws an AwsError. */
  admitUpdate?(sim: Sim, config: C): void;
  /**
   * The runtime an incarnation begins with: on CreateActor (`previous` undefined) and again on
   * UpdateActor, from the last incarnation's, so counters carry on.
   */
  runtime(sim: Sim, config: C, previous: R | undefined): R;
  /**
   * Begins (or, after a reconfigure bumped the generation, begins again) with the current config
   * and a fresh runtime; `created` on CreateActor.
   */
  start(sim: Sim, actor: ActorRecord<C, R>, created: boolean): void;
  onStep(sim: Sim, actor: ActorRecord<C, R>, step: string, data: unknown): void;
  onReply(
    sim: Sim,
    actor: ActorRecord<C, R>,
    purpose: string,
    outcome: Outcome,
    context: unknown,
  ): void;
  /** Numbers the canvas shows on the actor's node. */
  gauges(sim: Sim, actor: ActorRecord<C, R>): Record<string, number | string>;
  /** One word for the node's badge ("idle", "polling", "processing", "crashed", ...). */
  status(actor: ActorRecord<C, R>): string;
  /** Kinds that can crash drop their work in progress; absent means CrashActor is refused. */
  crash?(sim: Sim, actor: ActorRecord<C, R>): void;
  restart?(sim: Sim, actor: ActorRecord<C, R>): void;
  /** Before the actor leaves the world (a group takes its members with it). */
  remove?(sim: Sim, actor: ActorRecord<C, R>): void;
  /** Finishes the work in hand, takes no more, then leaves (a group's scale-in). */
  drain?(sim: Sim, actor: ActorRecord<C, R>): void;
  /** An actor it launched (see ActorRecord.memberOf) left the world: it counts it no more. */
  memberLeft?(sim: Sim, actor: ActorRecord<C, R>, memberId: string): void;
}

/** An actor kind as the registry holds it, for actors of any config and runtime. */
export type ActorKind = ActorBehavior;

/**
 * An actor kind typed by its own config and runtime, as the registry holds it. The engine hands a
 * kind only actors of that kind, whose config its configure made and whose runtime its runtime()
 * made, so the narrower types hold (methods' parameters are checked both ways: this is the one
 * place a kind's record types are widened to any actor's).
 */
export function defineActorKind<C extends object, R extends object>(
  behavior: ActorBehavior<C, R>,
): ActorKind {
  return behavior;
}
