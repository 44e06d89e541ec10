import type { ServicePlugin } from '../plugin';
import { PLAYGROUND } from '../registry';
import type { RecordedCall } from './testWorld';

/**
 * What of a service its workload's calls never had answered: its actions, the controls it adds to
 * the playground, and its actor kinds (a CreateActor of that kind). A property is only as good as
 * the calls it runs on.
 */
export function unanswered(plugin: ServicePlugin, calls: readonly RecordedCall[]): string[] {
  const answered = (service: string, action: string, kind?: string) =>
    calls.some(
      (c) =>
        c.service === service &&
        c.action === action &&
        c.outcome?.ok === true &&
        (kind === undefined || (c.input as { Kind?: unknown }).Kind === kind),
    );
  return [
    ...Object.keys(plugin.actions ?? {}).filter((action) => !answered(plugin.name, action)),
    ...Object.keys(plugin.playgroundActions ?? {}).filter(
      (action) => !answered(PLAYGROUND, action),
    ),
    ...Object.keys(plugin.actorKinds ?? {})
      .filter((kind) => !answered(PLAYGROUND, 'CreateActor', kind))
      .map((kind) => `CreateActor ${kind}`),
  ];
}
