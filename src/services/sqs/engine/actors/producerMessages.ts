import type { Sim } from '../../../../engine/sim';
import type { Producer } from './producer';
import type { ProducerConfig } from './producerConfig';

/** One message as SendMessage (or a batch entry) takes it, from the producer's templates. */
export function message(
  sim: Sim,
  actor: Producer,
  config: ProducerConfig,
  n: number,
): Record<string, unknown> {
  const groupId = groupIdFor(sim, actor, config);
  const group = groupId ?? '';
  const entry: Record<string, unknown> = {
    MessageBody: fillTemplate(config.BodyTemplate, n, group),
  };
  if (config.MessageAttributes !== undefined) {
    const attributes = Object.entries(config.MessageAttributes);
    if (attributes.length > 0)
      entry.MessageAttributes = Object.fromEntries(
        attributes.map(([k, v]) => [
          k,
          { DataType: 'String', StringValue: fillTemplate(v, n, group) },
        ]),
      );
  }
  if (groupId !== undefined) entry.MessageGroupId = groupId;
  if (config.DeduplicationIdTemplate !== undefined)
    entry.MessageDeduplicationId = fillTemplate(config.DeduplicationIdTemplate, n, group);
  if (config.DelaySeconds !== undefined) entry.DelaySeconds = config.DelaySeconds;
  return entry;
}

/** A template's text around its "{n}" placeholders, split once: bodies are built per message. */
const splitTemplates = new Map<string, string[]>();

function fillTemplate(template: string, n: number, groupId: string): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split('{n}');
    splitTemplates.set(template, parts);
  }
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i++) text += String(n) + parts[i];
  return text.includes('{groupId}') ? text.replaceAll('{groupId}', groupId) : text;
}

function groupIdFor(sim: Sim, actor: Producer, config: ProducerConfig): string | undefined {
  const pattern = config.GroupIdPattern;
  if (pattern === undefined) return undefined;
  if (pattern.Mode === 'fixed') return pattern.Value;
  if (pattern.Mode === 'random')
    return `group-${sim.random(`actor:${actor.id}:groups`).int(1, pattern.Groups)}`;
  return `group-${(actor.runtime.roundRobin++ % pattern.Groups) + 1}`;
}
