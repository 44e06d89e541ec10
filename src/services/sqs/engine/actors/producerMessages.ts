import type { Sim } from '../../../../engine/sim';
import {
  fillTemplate,
  groupIdFor,
  templatedAttributes,
} from '../../../../engine/actors/messageTemplate';
import type { Producer } from './producer';
import type { ProducerConfig } from './producerConfig';

/** One message as SendMessage (or a batch entry) takes it, from the producer's templates. */
export function message(
  sim: Sim,
  actor: Producer,
  config: ProducerConfig,
  n: number,
): Record<string, unknown> {
  const groupId = groupIdFor(sim, actor.id, config.GroupIdPattern, actor.runtime);
  const group = groupId ?? '';
  const entry: Record<string, unknown> = {
    MessageBody: fillTemplate(config.BodyTemplate, n, group),
  };
  const attributes = templatedAttributes(config.MessageAttributes, n, group);
  if (attributes !== undefined) entry.MessageAttributes = attributes;
  if (groupId !== undefined) entry.MessageGroupId = groupId;
  if (config.DeduplicationIdTemplate !== undefined)
    entry.MessageDeduplicationId = fillTemplate(config.DeduplicationIdTemplate, n, group);
  if (config.DelaySeconds !== undefined) entry.DelaySeconds = config.DelaySeconds;
  return entry;
}
