import { Priority } from '../core/scheduler';
import type { RandomStream } from '../core/rng';
import type { Outcome, ReplyTo, Sim } from '../sim';
import type { ActorDetail, ActorEvent, CallPurpose } from '../events';
import { isRecord } from './config';
import { identityOf } from './identity';
import type { ActorRecord } from './state';
import type { ActorTask } from './tasks';

/**
 * How actors touch the world: AWS actions through `sim.invoke`, their own future steps through the
 * schedule, and events. Every call and step carries the actor's generation, so a crash or a
 * reconfigure makes the old work vanish (see replies.ts and tasks.ts).
 */

/** Round trip an actor's request takes to come back: a same-region network hop. */
export const NETWORK_LATENCY_MS = 10;

export function callAws(
  sim: Sim,
  actor: ActorRecord,
  service: string,
  action: string,
  input: Record<string, unknown>,
  purpose: string,
  context?: Record<string, unknown>,
): void {
  const replyTo: ReplyTo = {
    to: 'actor',
    actorId: actor.id,
    purpose,
    latencyMs: NETWORK_LATENCY_MS,
    generation: actor.generation,
    context,
  };
  const identity = identityOf(actor);
  sim.invoke(service, action, input, identity === undefined ? replyTo : { ...replyTo, identity });
}

export function stepAt(
  sim: Sim,
  actor: ActorRecord,
  at: number,
  step: string,
  data?: unknown,
): void {
  const task: ActorTask = {
    kind: 'actor/step',
    actorId: actor.id,
    generation: actor.generation,
    step,
  };
  if (data !== undefined) task.data = data;
  sim.schedule(Math.max(at, sim.now), Priority.actor, task);
}

type WhatOf<T> = T extends `actor/${infer W}` ? W : never;
/** The `<what>` of every actor event type `actor/<what>`. */
export type ActorWhat = WhatOf<ActorEvent['type']>;

/** Emits `actor/<what>` for this actor, with the members that event type carries. */
export function emitActor<W extends ActorWhat>(
  sim: Sim,
  actor: ActorRecord,
  what: W,
  ...details: object extends ActorDetail<`actor/${W}`>
    ? [ActorDetail<`actor/${W}`>?]
    : [ActorDetail<`actor/${W}`>]
): void {
  const type = memo(eventTypes, what, 'actor/');
  // The event is built from its parts: `type` and `details` match by the signature above.
  sim.emit(Object.assign({ type, at: sim.now, actor: actor.id }, details[0]) as ActorEvent);
}

/**
 * `actor/<purpose>-failed`: a call the actor made for `purpose` (receive, delete, heartbeat,
 * reply, ...) came back with an error, with what the call was about: the message or count its
 * context names (see callAws). Only purposes whose failure the actor events list are accepted.
 */
export function emitCallFailed(
  sim: Sim,
  actor: ActorRecord,
  purpose: CallPurpose,
  error: { name: string; message: string },
  context?: unknown,
): void {
  const type = memo(eventTypes, purpose, 'actor/').concat('-failed');
  const about = isRecord(context) ? context : {};
  // The type is `actor/<purpose>-failed` of a CallFailed, by CallPurpose.
  sim.emit({
    type,
    at: sim.now,
    actor: actor.id,
    error: error.name,
    message: error.message,
    ...(typeof about.messageId === 'string' && { messageId: about.messageId }),
    ...(typeof about.count === 'number' && { count: about.count }),
  } as ActorEvent);
}

/** The actor's own random stream. */
export function randomOf(sim: Sim, actor: ActorRecord): RandomStream {
  return sim.random(memo(streamLabels, actor.id, 'actor:'));
}

// Event types and stream labels are built once, not on every event or draw.
const eventTypes = new Map<string, string>();
const streamLabels = new Map<string, string>();
function memo(cache: Map<string, string>, key: string, prefix: string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = prefix + key;
    cache.set(key, value);
  }
  return value;
}

/** The output of a successful call, as a plain record. */
export function valueOf(outcome: Outcome): Record<string, unknown> {
  return outcome.ok && typeof outcome.value === 'object' && outcome.value !== null
    ? (outcome.value as Record<string, unknown>)
    : {};
}

/** The context a call was sent with (see callAws). */
export function contextOf<T>(context: unknown): T {
  return (context ?? {}) as T;
}

/** Messages as ReceiveMessage returns them (the members actors use). */
export interface Received {
  MessageId: string;
  ReceiptHandle: string;
  Body: string;
  Attributes?: Record<string, string>;
  MessageAttributes?: Record<string, { DataType: string; StringValue?: string }>;
}

export function messagesOf(outcome: Outcome): Received[] {
  const messages = valueOf(outcome).Messages;
  return Array.isArray(messages) ? (messages as Received[]) : [];
}
