import { asInput, type Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { checkArn } from '../arns';
import { invalid, snsErrors } from '../errors';
import type { SnsTopic } from '../model';
import { optionalList } from '../snsInput';
import { readTags, tagList, withTags } from '../tags';

/** [D] TagResource: adds or overwrites tags; over 50 in all changes nothing. */
export function tagResource(sim: Sim, raw: unknown): Record<string, never> {
  const input = asInput(raw);
  const topic = taggedTopic(sim, input);
  const list = optionalList(input, 'Tags');
  if (list === undefined) throw snsErrors.validation('tags');
  topic.tags = withTags(topic.tags, readTags(list));
  return {};
}

/** [D] UntagResource: removes the keys named (a key not there is no error). */
export function untagResource(sim: Sim, raw: unknown): Record<string, never> {
  const input = asInput(raw);
  const topic = taggedTopic(sim, input);
  const keys = optionalList(input, 'TagKeys');
  if (keys === undefined) throw snsErrors.validation('tagKeys');
  if (keys.some((key) => typeof key !== 'string')) throw invalid('TagKeys');
  for (const key of keys as string[]) topic.tags.delete(key);
  return {};
}

/** [V] ListTagsForResource: the tags as {Key, Value}, in the order they were first added. */
export function listTagsForResource(
  sim: Sim,
  raw: unknown,
): { Tags: { Key: string; Value: string }[] } {
  return { Tags: tagList(taggedTopic(sim, asInput(raw)).tags) };
}

/** The topic a ResourceArn names ([I] moto: "Resource does not exist", 404). */
function taggedTopic(sim: Sim, input: Input): SnsTopic {
  const topic = sim.state.sns.topics.get(checkArn('ResourceArn', input.ResourceArn));
  if (topic === undefined) throw snsErrors.resourceNotFound();
  return topic;
}
