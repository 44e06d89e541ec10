import type { Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import type { SnsTopic } from '../model';
import { optionalString, requiredString } from '../snsInput';
import { checkTopicAttribute } from '../topicAttributes';

/**
 * [V] SetTopicAttributes: one attribute at a time; FifoTopic is fixed at creation ("Invalid
 * parameter: AttributeName"). An empty or absent value removes what was set (the default
 * shows again), except DisplayName, which is kept as "".
 */
export function setTopicAttributes(sim: Sim, input: Input, topic: SnsTopic): Record<string, never> {
  const name = requiredString(input, 'AttributeName');
  const value = optionalString(input, 'AttributeValue') ?? '';
  if (value === '' && name !== 'DisplayName') {
    checkTopicAttribute(name, undefined, topic, false);
    topic.attributes.delete(name);
  } else {
    checkTopicAttribute(name, value, topic, false);
    topic.attributes.set(name, value);
  }
  sim.emit({
    type: 'sns/topic-attributes-changed',
    at: sim.now,
    topic: topic.name,
    attributes: { [name]: value },
  });
  return {};
}
