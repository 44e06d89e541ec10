import type { Outcome, ReplyTo, Sim } from '../sim';

/** An answer reaching an actor; answers to a crashed or removed actor's calls are lost. */
export function deliverToActor(
  sim: Sim,
  replyTo: Extract<ReplyTo, { to: 'actor' }>,
  outcome: Outcome,
): void {
  const actor = sim.state.actors.byId.get(replyTo.actorId);
  if (actor === undefined || replyTo.generation !== actor.generation) return;
  sim.registry.behavior(actor.kind).onReply(sim, actor, replyTo.purpose, outcome, replyTo.context);
}
