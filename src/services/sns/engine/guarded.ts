import { asInput, type Input } from '../../../engine/core/input';
import type { ActionHandler, ActionResult, ReplyTo, Sim } from '../../../engine/sim';
import { authorizeTopic } from './access';
import { requireTopic, topicArnFromInput } from './arns';
import type { SnsTopic } from './model';

/** An action on the one topic its TopicArn names, found and authorized by `onTopic`. */
export type TopicAction = (
  sim: Sim,
  input: Input,
  topic: SnsTopic,
  replyTo: ReplyTo,
) => ActionResult;

/**
 * An action on one topic: its TopicArn is checked (format, region), the topic found (NotFound
 * otherwise) and the call authorized against the topic policy as `iamAction` before the action
 * runs.
 */
/* @__NO_SIDE_EFFECTS__ */
export function onTopic(iamAction: string, handler: TopicAction): ActionHandler {
  return (sim, raw, replyTo) => {
    const input = asInput(raw);
    const topic = requireTopic(sim.state.sns, topicArnFromInput(sim.state.sns, input));
    authorizeTopic(sim, topic, iamAction, replyTo);
    return handler(sim, input, topic, replyTo);
  };
}
