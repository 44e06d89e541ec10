import { AwsError, toErrorData, type ErrorData } from './core/errors';
import type { CallerIdentity } from './core/identity';
import { nextCount } from './core/ids';
import { plainInput } from './core/plainInput';
import { stream, type RandomStream } from './core/rng';
import { Priority, schedule } from './core/scheduler';
import type { EngineEvent } from './events';
import type { Task } from './tasks';
import type { Registry } from './registry';
import type { WorldState } from './state';

/** Where an action's answer goes: back to a caller outside the engine, or to an actor. */
export type ReplyTo =
  | { readonly to: 'external'; readonly callId: number }
  | {
      readonly to: 'actor';
      readonly actorId: string;
      readonly purpose: string;
      /** Network time back to the actor, in ms. */
      readonly latencyMs: number;
      /** The actor's generation when it called: answers to a crashed or redeployed actor are lost. */
      readonly generation: number;
      readonly context?: unknown;
      /** Absent: the world's own account over HTTPS. */
      readonly identity?: CallerIdentity;
    }
  | {
      /** One service calling another on a caller's behalf (one service asking KMS for a data key). */
      readonly to: 'service';
      readonly via: string;
      readonly caller: string;
      readonly identity?: CallerIdentity;
    };

export type Outcome = { ok: true; value: unknown } | { ok: false; error: ErrorData };

/** Returned by an action that answers later (a long poll), through `Sim.reply`. */
export const PENDING: unique symbol = Symbol('pending');
export type ActionResult = unknown;
export type ActionHandler = (sim: Sim, input: unknown, replyTo: ReplyTo) => ActionResult;

/**
 * The context every action, timer and actor works through: the world's state, the virtual clock,
 * seeded randomness, counters and the event log. Holds no state of its own besides events
 * (and caches of it).
 */
export class Sim {
  events: EngineEvent[] = [];
  /** Stream wrappers by label; they hold the state's own arrays, so clones get fresh ones. */
  private readonly streams = new Map<string, RandomStream>();

  constructor(
    readonly state: WorldState,
    /** The services of this world: their actions, tasks and actor kinds. */
    readonly registry: Registry,
    private readonly answerExternal: (callId: number, outcome: Outcome) => void,
  ) {}

  get now(): number {
    return this.state.scheduler.now;
  }

  emit(event: EngineEvent): void {
    this.events.push(event);
  }

  schedule(at: number, priority: number, task: Task): void {
    schedule(this.state.scheduler, at, priority, task);
  }

  random(label: string): RandomStream {
    let s = this.streams.get(label);
    if (s === undefined) {
      s = stream(this.state.rng, label);
      this.streams.set(label, s);
    }
    return s;
  }

  count(kind: string): number {
    return nextCount(this.state.ids, kind);
  }

  /** Who made a call, as events name it: an actor's id, or "api" for calls through the door. */
  static caller(replyTo: ReplyTo): string {
    if (replyTo.to === 'actor') return replyTo.actorId;
    return replyTo.to === 'service' ? replyTo.caller : 'api';
  }

  /** The identity a call was made with (undefined: the owner account over HTTPS). */
  static identity(replyTo: ReplyTo): CallerIdentity | undefined {
    return replyTo.to === 'external' ? undefined : replyTo.identity;
  }

  /**
   * A call from one service to another, answered at once (a service asks KMS for every encrypted send
   * and receive, as the caller). The callee must not answer later.
   */
  callService(
    service: string,
    action: string,
    input: unknown,
    from: { via: string; caller: string; identity?: CallerIdentity },
  ): Outcome {
    this.serviceOutcome = undefined;
    this.invoke(service, action, input, { to: 'service', ...from });
    const outcome = this.serviceOutcome as Outcome | undefined;
    this.serviceOutcome = undefined;
    if (outcome === undefined) throw new Error(`${service} ${action} did not answer at once.`);
    return outcome;
  }
  private serviceOutcome: Outcome | undefined;

  /** Whether a call came through the door (not from an actor inside the world). */
  static external(replyTo: ReplyTo): boolean {
    return replyTo.to === 'external';
  }

  /**
   * Applies an action now; its answer goes to `replyTo` now or, for a long poll, later. Input from
   * outside is read as a copy of plain data first (see plainInput.ts), so no caller can reach past
   * the action's own checks or keep a handle on what the world stores. Actors build theirs from
   * config that went through that copy and their own checks (a script's steps are JSON data).
   */
  invoke(service: string, action: string, input: unknown, replyTo: ReplyTo): void {
    const handler =
      typeof service === 'string' && typeof action === 'string'
        ? this.registry.handler(service, action)
        : undefined;
    if (handler === undefined) {
      this.reply(replyTo, failure(unknownAction(service, action)));
      return;
    }
    let result: ActionResult;
    try {
      result = handler(this, replyTo.to === 'external' ? plainInput(input) : input, replyTo);
    } catch (error) {
      this.reply(replyTo, failure(asAwsError(error)));
      return;
    }
    if (result !== PENDING) this.reply(replyTo, { ok: true, value: result });
  }

  reply(replyTo: ReplyTo, outcome: Outcome): void {
    if (replyTo.to === 'external') this.answerExternal(replyTo.callId, outcome);
    else if (replyTo.to === 'service') this.serviceOutcome = outcome;
    else {
      this.schedule(this.now + replyTo.latencyMs, Priority.reply, {
        kind: 'reply',
        replyTo,
        outcome,
      });
    }
  }
}

export function failure(error: AwsError): Outcome {
  return { ok: false, error: toErrorData(error) };
}

function unknownAction(service: unknown, action: unknown): AwsError {
  return new AwsError(
    'UnknownOperationException',
    `The service ${nameOf(service)} has no action ${nameOf(action)}.`,
  );
}

function nameOf(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 200) : `(a ${typeof value}, not a name)`;
}

/**
 * The last line of the door: an action that fails in a way no check foresaw answers with AWS's
 * InternalFailure (HTTP 500) instead of throwing into the caller. The fuzz test treats any such
 * answer as a defect to fix.
 */
function asAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  return new AwsError('InternalFailure', `The request processing has failed (${detail}).`, {
    status: 500,
    fault: 'Receiver',
  });
}
