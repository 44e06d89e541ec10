import type { Sim } from '../sim';
import { runtimeOf } from './act';
import type { ProducerConfig } from './producerConfig';
import type { ActorRecord } from './state';

/** One message as SendMessage (or a batch entry) takes it, from the producer's templates. */
export function message(
  sim: Sim,
  actor: ActorRecord,
  config: ProducerConfig,
  n: number,
): Record<string, unknown> {
  const groupId = groupIdFor(sim, actor, config);
  const fill = (template: string) =>
    template.replaceAll('{n}', String(n)).replaceAll('{groupId}', groupId ?? '');
  const attributes = Object.entries(config.MessageAttributes ?? {});
  return {
    MessageBody: fill(config.BodyTemplate),
    ...(attributes.length === 0
      ? {}
      : {
          MessageAttributes: Object.fromEntries(
            attributes.map(([k, v]) => [k, { DataType: 'String', StringValue: fill(v) }]),
          ),
        }),
    ...(groupId === undefined ? {} : { MessageGroupId: groupId }),
    ...(config.DeduplicationIdTemplate === undefined
      ? {}
      : { MessageDeduplicationId: fill(config.DeduplicationIdTemplate) }),
    ...(config.DelaySeconds === undefined ? {} : { DelaySeconds: config.DelaySeconds }),
  };
}

function groupIdFor(sim: Sim, actor: ActorRecord, config: ProducerConfig): string | undefined {
  const pattern = config.GroupIdPattern;
  if (pattern === undefined) return undefined;
  if (pattern.Mode === 'fixed') return pattern.Value;
  if (pattern.Mode === 'random')
    return `group-${sim.random(`actor:${actor.id}:groups`).int(1, pattern.Groups)}`;
  return `group-${(runtimeOf<{ roundRobin: number }>(actor).roundRobin++ % pattern.Groups) + 1}`;
}
