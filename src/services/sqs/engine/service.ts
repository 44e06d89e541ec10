import { autoscalingConsumers } from './actors/autoscaling';
import { consumer } from './actors/consumer';
import { lambdaSqs } from './actors/lambdaSqs';
import { producer } from './actors/producer';
import { defineService } from '../../../engine/plugin';
import type { WorldState } from '../../../engine/state';
import { cancelPollsOf } from './cancelPolls';
import { sqsDescription } from './description';
import { queueGauges, type QueueGauges } from './gauges';
import { sqsActions, sqsTasks } from './index';
import { createSqsState } from './model';
import { peekMessages } from './peekMessages';
import { setQueueBehavior } from './setQueueBehavior';

/** Amazon SQS as the engine assembles it: its description and what runs. */
export const sqsService = defineService({
  ...sqsDescription,
  actions: sqsActions,
  playgroundActions: { PeekMessages: peekMessages, SetQueueBehavior: setQueueBehavior },
  createState: createSqsState,
  tasks: sqsTasks,
  gauges(sim) {
    const gauges: Record<string, QueueGauges> = {};
    for (const queue of sim.state.sqs.queues.values())
      gauges[queue.name] = queueGauges(queue, sim.now);
    return gauges;
  },
  withoutExternalWaiters,
  forgetCaller: cancelPollsOf,
  actorKinds: {
    producer,
    consumer,
    'lambda-sqs': lambdaSqs,
    'autoscaling-consumers': autoscalingConsumers,
  },
});

/** Long polls made through the door belong to this engine's callers, not to the world's data. */
function withoutExternalWaiters(state: WorldState): WorldState {
  const copy = { ...state, sqs: { ...state.sqs, queues: new Map(state.sqs.queues) } };
  for (const [key, queue] of copy.sqs.queues) {
    if (queue.polls.some((p) => p.replyTo.to === 'external')) {
      copy.sqs.queues.set(key, {
        ...queue,
        polls: queue.polls.filter((p) => p.replyTo.to !== 'external'),
      });
    }
  }
  return copy;
}
