import type { Sim } from '../../../engine/sim';

/**
 * A program that is gone stops waiting: its long polls leave every queue without an answer.
 * (Its own module: actor bookkeeping needs it without pulling in the receive path.)
 */
export function cancelPollsOf(sim: Sim, actorId: string): void {
  for (const queue of sim.state.sqs.queues.values()) {
    queue.polls = queue.polls.filter(
      (p) => p.replyTo.to !== 'actor' || p.replyTo.actorId !== actorId,
    );
  }
}
