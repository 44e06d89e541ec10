import { autoscalingConsumers } from './actors/autoscaling';
import { consumer } from './actors/consumer';
import { lambdaSqs } from './actors/lambdaSqs';
import { producer } from './actors/producer';
import { defineService } from '../../plugin';
import type { WorldState } from '../../state';
import { cancelPollsOf } from './cancelPolls';
import type { SqsEvent } from './events';
import { explainSqs } from './explain';
import { isSqsActorEvent } from './actors/events';
import { explainSqsActor } from './actors/explain';
import { queueGauges, type QueueGauges } from './gauges';
import { sqsActions, sqsTasks } from './index';
import { createSqsState } from './model';
import { peekMessages } from './peekMessages';
import { setQueueBehavior } from './setQueueBehavior';
import { sqsScriptSteps } from './scriptSteps';
import { checkSqsWiring } from './scenario/check';
import { SQS_EDGE_KINDS, SQS_NODE_KINDS } from './scenario/kinds';
import { loadQueues } from './scenario/load';
import type { SqsTask } from './types';

/** Amazon SQS as the engine assembles it. */
export const sqsService = defineService<SqsEvent, SqsTask>({
  name: 'sqs',
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
  explain: explainSqs,
  explainActor: (event) => (isSqsActorEvent(event) ? explainSqsActor(event) : undefined),
  withoutExternalWaiters,
  scriptSteps: sqsScriptSteps,
  forgetCaller: cancelPollsOf,
  actorKinds: {
    producer,
    consumer,
    'lambda-sqs': lambdaSqs,
    'autoscaling-consumers': autoscalingConsumers,
  },
  scenario: {
    nodes: SQS_NODE_KINDS,
    edges: SQS_EDGE_KINDS,
    check: checkSqsWiring,
    load: loadQueues,
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
