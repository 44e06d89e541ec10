import { callAws, emitActor, stepAt } from './act';
import { defineActorKind, type ActorKind } from './behavior';
import { fields, finish, isRecord, problem } from './config';
import { scriptStepTarget } from './scriptTarget';

/**
 * A scenario's timed script and narration, played by an actor so that they are part of the
 * world: deterministic, in the snapshot, and acting through the same door as everyone else.
 * `at` is milliseconds from when the script actor starts.
 */
export interface ScriptStep {
  at: number;
  service: string;
  action: string;
  input?: Record<string, unknown>;
  /** The AWS error code the step is meant to get: a refusal the scenario teaches. */
  expectError?: string;
}

export interface NarrationStep {
  at: number;
  text: string;
  lessons?: string[];
}

export interface ScriptConfig {
  Steps: ScriptStep[];
  Narration: NarrationStep[];
}

interface ScriptRuntime {
  startedAt: number;
  ran: number;
  failed: number;
}

export const script: ActorKind = defineActorKind<ScriptConfig, ScriptRuntime>({
  configure(raw) {
    const f = fields(raw, ['Steps', 'Narration']);
    const list = (key: string, check: (item: Record<string, unknown>) => string | undefined) => {
      const value = f.raw[key] ?? [];
      if (!Array.isArray(value)) problem(f, `${key} must be a list.`);
      else
        value.forEach((item, i) => {
          const wrong = isRecord(item) ? check(item) : 'must be an object';
          if (wrong !== undefined) problem(f, `${key}[${i}] ${wrong}.`);
        });
      return Array.isArray(value) ? (structuredCopy(value) as never[]) : [];
    };
    const config: ScriptConfig = {
      Steps: list('Steps', scriptStepProblem),
      Narration: list('Narration', narrationProblem),
    };
    finish(f, 'script');
    return { ...config };
  },

  runtime: (sim) => ({ startedAt: sim.now, ran: 0, failed: 0 }),

  start(sim, actor) {
    const config = actor.config;
    config.Steps.forEach((step, i) => stepAt(sim, actor, sim.now + step.at, 'run', i));
    config.Narration.forEach((step, i) => stepAt(sim, actor, sim.now + step.at, 'narrate', i));
  },

  onStep(sim, actor, step, data) {
    const config = actor.config;
    if (step === 'narrate') {
      const n = config.Narration[data as number];
      if (n !== undefined)
        emitActor(sim, actor, 'narrated', { text: n.text, lessons: n.lessons ?? [] });
      return;
    }
    const s = config.Steps[data as number];
    if (s === undefined) return;
    actor.runtime.ran++;
    callAws(sim, actor, s.service, s.action, s.input ?? {}, 'step', { step: data });
  },

  onReply(sim, actor, _purpose, outcome, context) {
    const index = (context as { step: number }).step;
    const s = actor.config.Steps[index];
    // Whom the step acted on and what it set, so the event log can say it in a sentence.
    const about = scriptStepTarget(sim.registry, s?.input);
    if (outcome.ok)
      emitActor(sim, actor, 'script-step-ran', {
        step: index,
        service: s?.service ?? '',
        action: s?.action ?? '',
        ...about,
      });
    else {
      actor.runtime.failed++;
      emitActor(sim, actor, 'script-step-failed', {
        step: index,
        service: s?.service ?? '',
        action: s?.action ?? '',
        ...about,
        error: outcome.error.name,
        message: outcome.error.message,
        expected: s?.expectError === outcome.error.name,
      });
    }
  },

  gauges(_sim, actor) {
    const rt = actor.runtime;
    return { Status: script.status(actor), StepsRun: rt.ran, StepsFailed: rt.failed };
  },

  status: (actor) => (actor.runtime.ran >= actor.config.Steps.length ? 'done' : 'waiting'),
});

const at = (item: Record<string, unknown>) =>
  Number.isInteger(item.at) && (item.at as number) >= 0
    ? undefined
    : 'needs "at": whole milliseconds from the start, 0 or more';

export function scriptStepProblem(item: Record<string, unknown>): string | undefined {
  const extra = Object.keys(item).find(
    (k) => !['at', 'service', 'action', 'input', 'expectError'].includes(k),
  );
  if (extra !== undefined)
    return `has an unknown member "${extra}" (allowed: at, service, action, input, expectError)`;
  if (typeof item.service !== 'string' || item.service === '')
    return 'needs "service", the name of a service or "playground"';
  if (typeof item.action !== 'string' || item.action === '')
    return 'needs "action", e.g. "SendMessage"';
  if (item.input !== undefined && !isRecord(item.input))
    return 'has an "input" that is not an object';
  if (
    item.expectError !== undefined &&
    (typeof item.expectError !== 'string' || item.expectError === '')
  )
    return 'has an "expectError" that is not an AWS error code';
  return at(item);
}

export function narrationProblem(item: Record<string, unknown>): string | undefined {
  const extra = Object.keys(item).find((k) => !['at', 'text', 'lessons'].includes(k));
  if (extra !== undefined) return `has an unknown member "${extra}" (allowed: at, text, lessons)`;
  if (typeof item.text !== 'string' || item.text === '') return 'needs "text"';
  if (
    item.lessons !== undefined &&
    (!Array.isArray(item.lessons) || item.lessons.some((l) => typeof l !== 'string'))
  )
    return 'has "lessons" that is not a list of ids';
  return at(item);
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
