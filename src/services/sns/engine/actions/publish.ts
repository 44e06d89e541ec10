import { uuidFromCount } from '../../../../engine/core/ids';
import { asInput } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { authorizeTopic } from '../access';
import { checkArn, requireTopic } from '../arns';
import { E164 } from '../endpoints';
import { invalid } from '../errors';
import { publishPrepared, type PublishResult } from '../publish';
import { prepareEntry, readMessage } from '../publishEntry';
import { optionalString } from '../snsInput';

/**
 * [V] Publish to a topic (TopicArn, or TargetArn naming a topic) or to a phone number
 * (PhoneNumber). The message is checked first ("Invalid parameter: Empty message", Subject),
 * then the target (its ARN, its region, NotFound), then everything else (see prepareEntry).
 * [V] Platform endpoints (TargetArn ".../endpoint/...") do not exist in the playground: "No
 * endpoint found for the target arn specified".
 */
export function publish(sim: Sim, raw: unknown, replyTo: ReplyTo): PublishResult {
  const input = asInput(raw);
  readMessage(input);
  const phoneNumber = optionalString(input, 'PhoneNumber');
  if (phoneNumber !== undefined && input.TopicArn === undefined && input.TargetArn === undefined)
    return publishSms(sim, phoneNumber, replyTo);
  const member =
    input.TopicArn === undefined && input.TargetArn !== undefined ? 'TargetArn' : 'TopicArn';
  if (input.TopicArn === undefined && input.TargetArn === undefined)
    throw invalid('TopicArn or TargetArn Reason: no value for required parameter');
  const arn = checkArn(member, input[member]);
  if (arn.includes(':endpoint/'))
    throw invalid('TargetArn Reason: No endpoint found for the target arn specified');
  const state = sim.state.sns;
  if (arn.split(':')[3] !== state.region) throw invalid(member);
  const topic = requireTopic(state, arn);
  authorizeTopic(sim, topic, 'Publish', replyTo);
  return publishPrepared(sim, topic, prepareEntry(topic, input), Sim.caller(replyTo));
}

/** [V] "Invalid parameter: PhoneNumber Reason: +1a234 is not valid to publish to". */
function publishSms(sim: Sim, phoneNumber: string, replyTo: ReplyTo): PublishResult {
  if (!E164.test(phoneNumber))
    throw invalid(`PhoneNumber Reason: ${phoneNumber} is not valid to publish to`);
  const n = sim.count('sns-message');
  const messageId = uuidFromCount(n, 0x5a5e);
  sim.emit({
    type: 'sns/sms-published',
    at: sim.now,
    by: Sim.caller(replyTo),
    phoneNumber,
    messageId,
    n,
  });
  return { MessageId: messageId };
}
