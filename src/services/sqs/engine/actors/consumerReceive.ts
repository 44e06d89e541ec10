import type { Outcome, Sim } from '../../../../engine/sim';
import { emitActor, messagesOf, stepAt } from '../../../../engine/actors/act';
import type { Consumer } from './consumerRuntime';
import { flushDeletes, poll, startJob } from './consumerWork';
import { removeActor } from '../../../../engine/actors/lifecycle';

export function received(sim: Sim, actor: Consumer, outcome: Outcome): void {
  const rt = actor.runtime;
  const config = actor.config;
  rt.polling = false;
  if (!outcome.ok) {
    rt.errors++;
    emitActor(sim, actor, 'receive-failed', {
      error: outcome.error.name,
      message: outcome.error.message,
    });
    rt.waitUntil = sim.now + config.PollIntervalMs;
    stepAt(sim, actor, rt.waitUntil, 'poll');
    return;
  }
  const messages = messagesOf(outcome);
  for (const message of messages) startJob(sim, actor, message);
  if (messages.length === 0) {
    rt.emptyReceives++;
    // A long poll already waited; a short poll pauses before asking again.
    if (config.WaitTimeSeconds === 0) {
      rt.waitUntil = sim.now + config.PollIntervalMs;
      stepAt(sim, actor, rt.waitUntil, 'poll');
    }
  }
  afterWork(sim, actor);
}

/** Keep receiving while there is room; a draining instance leaves once its hands are empty. */
export function afterWork(sim: Sim, actor: Consumer): void {
  const rt = actor.runtime;
  if (rt.draining && rt.jobs.length === 0 && !rt.polling) {
    flushDeletes(sim, actor);
    removeActor(sim, actor, 'terminated');
    return;
  }
  poll(sim, actor);
}

/** Lets a group drain one of its instances (scale-in without killing work in progress). */
export function drainConsumer(sim: Sim, actor: Consumer): void {
  actor.runtime.draining = true;
  afterWork(sim, actor);
}
