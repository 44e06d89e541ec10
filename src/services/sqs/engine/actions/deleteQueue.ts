import type { Input } from '../../../../engine/core/input';
import type { SqsQueue } from '../model';
import type { Sim } from '../../../../engine/sim';
import { recordEmptyReceive } from '../polls';

/** [D] Deletes the queue whatever it holds; the name is reserved for 60 s. */
export function deleteQueue(sim: Sim, _input: Input, queue: SqsQueue): Record<string, never> {
  const state = sim.state.sqs;
  state.queues.delete(queue.key);
  state.queueKeysByName.delete(queue.name);
  state.deletedAt.set(queue.name, sim.now);
  for (const poll of queue.polls.splice(0)) {
    recordEmptyReceive(sim, queue, poll.request.caller, (sim.now - poll.startedAt) / 1000);
    sim.reply(poll.replyTo, { ok: true, value: {} });
  }
  sim.emit({
    type: 'sqs/queue-deleted',
    at: sim.now,
    queue: queue.name,
    messagesDropped: queue.messages.size,
  });
  return {};
}
