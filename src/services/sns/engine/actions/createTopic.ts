import { asInput } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { topicArnOf } from '../arns';
import { invalid } from '../errors';
import { emptyMetrics, type SnsTopic } from '../model';
import { optionalList, optionalStringMap, requiredString } from '../snsInput';
import { readTags, withTags } from '../tags';
import { checkTopicAttribute, topicAttributesView } from '../topicAttributes';

const NAME = /^[A-Za-z0-9_-]{1,256}$/;
const FIFO_NAME = /^[A-Za-z0-9_-]{1,251}\.fifo$/;

/**
 * [V] CreateTopic. A FIFO topic needs both the .fifo name and FifoTopic=true, else "Invalid
 * parameter: Topic Name". Idempotent: the same name again gives the same ARN when every attribute
 * and tag given matches the topic as it is now; otherwise "Topic already exists with different
 * attributes" (or tags).
 */
export function createTopic(sim: Sim, raw: unknown): { TopicArn: string } {
  const input = asInput(raw);
  const name = requiredString(input, 'Name');
  const attributes = optionalStringMap(input, 'Attributes') ?? new Map<string, string>();
  const tags = readTags(optionalList(input, 'Tags') ?? []);
  const fifo = attributes.get('FifoTopic')?.toLowerCase() === 'true';
  if (!(fifo ? FIFO_NAME : NAME).test(name)) throw invalid('Topic Name');
  for (const [key, value] of attributes) checkTopicAttribute(key, value, { fifo }, true);
  const state = sim.state.sns;
  const arn = topicArnOf(state, name);

  const existing = state.topics.get(arn);
  if (existing !== undefined) {
    const view = topicAttributesView(state, existing);
    for (const [key, value] of attributes) {
      const same = key === 'FifoTopic' ? fifo === existing.fifo : view[key] === value;
      if (!same) throw invalid('Attributes Reason: Topic already exists with different attributes');
    }
    for (const [key, value] of tags)
      if (existing.tags.get(key) !== value)
        throw invalid('Tags Reason: Topic already exists with different tags');
    return { TopicArn: arn };
  }
  const kept = new Map([...attributes].filter(([key]) => key !== 'FifoTopic'));
  const topic: SnsTopic = {
    arn,
    name,
    fifo,
    seq: sim.count('sns-topic'),
    attributes: kept,
    tags: withTags(new Map(), tags),
    subscriptions: [],
    subscriptionsDeleted: 0,
    dedup: new Map(),
    sequence: 0,
    metrics: emptyMetrics(),
  };
  state.topics.set(arn, topic);
  sim.emit({ type: 'sns/topic-created', at: sim.now, topic: name, fifo });
  return { TopicArn: arn };
}
