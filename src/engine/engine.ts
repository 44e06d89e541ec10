import { AwsError, fromErrorData } from './core/errors';
import { plainOutput } from './core/plainOutput';
import { nextAt, runUntil } from './core/scheduler';
import type { EngineEvent } from './events';
import type { ServicePlugin } from './plugin';
import { Registry } from './registry';
import { Sim, type Outcome } from './sim';
import { createWorldState, type WorldState } from './state';
import { runTask } from './tasks';
import { worldGauges, type WorldGauges } from './gauges';

export interface EngineOptions {
  /** Seed of every random choice in the world (default 1). */
  seed?: number;
  /** Virtual start time in epoch ms (default 2025-01-01T00:00:00Z). */
  startTime?: number;
  /** Guard against runaway loops: most tasks one virtual millisecond may run (default 1,000,000). */
  maxTasksPerInstant?: number;
}

/** A snapshot is the world as data; restore it into this engine or a new one. */
export interface EngineSnapshot {
  readonly state: WorldState;
}

export interface Engine {
  /** Virtual time, integer epoch milliseconds. */
  now(): number;
  /** Applies an AWS action at the current virtual time. Long polls settle as the clock advances. */
  call<T = Record<string, unknown>>(service: string, action: string, input?: unknown): Promise<T>;
  /** Runs everything scheduled in the next `ms` milliseconds, in order. */
  advanceBy(ms: number): void;
  /** Runs everything scheduled up to virtual time `t`. */
  advanceTo(t: number): void;
  /** When the next scheduled task is due, or undefined when nothing is scheduled. */
  nextAt(): number | undefined;
  /** Events emitted since the last drain, in order. */
  drain(): EngineEvent[];
  /** CloudWatch-style numbers per resource, now. */
  gauges(): WorldGauges;
  snapshot(): EngineSnapshot;
  /** Replaces the world with a snapshot's. Calls still waiting in the current world never settle. */
  restore(snapshot: EngineSnapshot): void;
}

declare function structuredClone<T>(value: T): T;

/** A world with these services; the door (index.ts) gives every engine the full list. */
export function createWorld(options: EngineOptions, services: readonly ServicePlugin[]): Engine {
  const registry = new Registry(services);
  const maxTasks = options.maxTasksPerInstant ?? 1_000_000;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let nextCallId = 1;
  // Most calls answer while they are applied: their outcome is caught here, without a waiter.
  // What a caller gets is its own: an answer is copied as it leaves (plainOutput.ts), so editing
  // it cannot edit the world (a stored message's attributes, a resource's tags).
  let inlineCallId = 0;
  let inlineOutcome: Outcome | undefined;
  const answer = (callId: number, outcome: Outcome) => {
    if (callId === inlineCallId) {
      inlineOutcome = outcome;
      return;
    }
    const waiter = pending.get(callId);
    if (waiter === undefined) return;
    pending.delete(callId);
    if (outcome.ok) waiter.resolve(plainOutput(outcome.value) as never);
    else waiter.reject(fromErrorData(outcome.error));
  };
  let sim = new Sim(
    createWorldState(registry, options.seed ?? 1, options.startTime),
    registry,
    answer,
  );

  const advanceTo = (t: number) => {
    if (!Number.isSafeInteger(t))
      throw new RangeError(`advanceTo needs a safe integer epoch millisecond, got ${shown(t)}.`);
    if (t < sim.now)
      throw new RangeError(`Virtual time only moves forward: now is ${sim.now}, asked for ${t}.`);
    runUntil(sim.state.scheduler, t, (task) => runTask(sim, task), maxTasks);
  };

  return {
    now: () => sim.now,
    call<T>(service: string, action: string, input?: unknown): Promise<T> {
      const callId = nextCallId++;
      inlineCallId = callId;
      inlineOutcome = undefined;
      sim.invoke(service, action, input, { to: 'external', callId });
      inlineCallId = 0;
      const outcome = inlineOutcome as Outcome | undefined;
      if (outcome !== undefined) {
        return outcome.ok
          ? Promise.resolve(plainOutput(outcome.value as T))
          : Promise.reject(fromErrorData(outcome.error));
      }
      return new Promise<T>((resolve, reject) => {
        pending.set(callId, { resolve: resolve as (v: never) => void, reject });
      });
    },
    advanceBy(ms: number) {
      if (!Number.isSafeInteger(ms) || ms < 0)
        throw new RangeError(
          `advanceBy needs a whole, non-negative number of ms, got ${shown(ms)}.`,
        );
      if (!Number.isSafeInteger(sim.now + ms))
        throw new RangeError(
          `advanceBy(${ms}) would take the clock past ${Number.MAX_SAFE_INTEGER}.`,
        );
      advanceTo(sim.now + ms);
    },
    advanceTo,
    nextAt: () => nextAt(sim.state.scheduler),
    drain() {
      const events = sim.events;
      sim.events = [];
      return events;
    },
    gauges: () => worldGauges(sim),
    snapshot: () => ({ state: structuredClone(withoutExternalWaiters(registry, sim.state)) }),
    restore(snapshot: EngineSnapshot) {
      sim = new Sim(structuredClone(snapshot.state), registry, answer);
    },
  };
}

/** Any value, even a Symbol or {"toString":1}, as text for an error message. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' && value !== null ? `a ${typeof value}` : String(value);
}

/** Waits of callers outside the world are theirs, not the world's data: a snapshot leaves them. */
function withoutExternalWaiters(registry: Registry, state: WorldState): WorldState {
  let kept = state;
  for (const plugin of registry.plugins)
    if (plugin.withoutExternalWaiters !== undefined) kept = plugin.withoutExternalWaiters(kept);
  return kept;
}

export { AwsError };
