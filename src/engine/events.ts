/** What every actor event carries: when, and which actor (its ActorId, the node's id). */
interface ActorBase {
  at: number;
  actor: string;
}

/** A call an actor made came back with an error. */
export type CallFailed<T extends string> = ActorBase & {
  type: T;
  error: string;
  message?: string;
  /** What the failed call was about (a message, a batch size), when the actor knows. */
  messageId?: string;
  count?: number;
};

/** Events of every actor, and of the scenario's script and narration. */
export type CoreActorEvent =
  | (ActorBase & { type: 'actor/created'; kind: string })
  | (ActorBase & { type: 'actor/reconfigured' })
  /** Deleted by a call, or an instance of `group` that finished draining. */
  | (ActorBase & { type: 'actor/deleted' | 'actor/terminated'; group?: string })
  | (ActorBase & { type: 'actor/narrated'; text: string; lessons: string[] })
  | (ActorBase & {
      type: 'actor/script-step-ran';
      step: number;
      service: string;
      action: string;
      target?: string;
      settings?: string[];
    })
  | (ActorBase & {
      type: 'actor/script-step-failed';
      step: number;
      service: string;
      action: string;
      target?: string;
      settings?: string[];
      error: string;
      message: string;
      /** The step's expectError: the script shows a refusal AWS makes. */
      expected: boolean;
    });

/**
 * The events of each service's actor kinds, by service name; a service adds its union by module
 * augmentation (as for ServiceStates). Each is `actor/<what>` with the ActorId in `actor`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceActorEvents {}

/** Actors report what they decide, in the same log as the services. */
export type ActorEvent = CoreActorEvent | ServiceActorEvents[keyof ServiceActorEvents];

/** The member of the union whose `type` admits T (a member may cover several types). */
type ActorEventOf<T extends string, E = ActorEvent> = E extends { type: infer K }
  ? T extends K
    ? E
    : never
  : never;

/**
 * The purposes of an actor's calls whose failure is an event of its own: `<purpose>` for each
 * `actor/<purpose>-failed` of the actor events that a CallFailed is (what emitCallFailed emits).
 */
type PurposeOf<T extends string> = T extends `actor/${infer P}-failed`
  ? CallFailed<T> extends ActorEventOf<T>
    ? P
    : never
  : never;
export type CallPurpose = PurposeOf<ActorEvent['type']>;

/** An actor event's members besides type, at and actor. */
export type ActorDetail<T extends ActorEvent['type']> = Omit<
  ActorEventOf<T>,
  'type' | 'at' | 'actor'
>;

/**
 * Each service's events, by service name; a service adds its union by module augmentation, as for
 * ServiceStates. An event's type starts with its service's name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEvents {}

/** Everything the engine reports, in order; a discriminated union on `type` ("service/past-tense"). */
export type EngineEvent = ServiceEvents[keyof ServiceEvents] | ActorEvent;
