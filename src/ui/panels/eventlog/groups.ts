import type { EngineEvent } from '../../../engine';
import type { LogGroup } from '../../plugins/plugin';
import { uiServices } from '../../plugins/registry';

/** The shell's own buttons: failed calls, what actors did, and events no service files. */
const SHELL_GROUPS: readonly LogGroup[] = [
  { key: 'errors', label: 'Errors' },
  { key: 'actors', label: 'Actors' },
  { key: 'other', label: 'Other' },
];

/** The event log's filter buttons: the services' in list order, then the shell's; a key once. */
export const LOG_GROUPS: readonly LogGroup[] = (() => {
  const byKey = new Map<string, LogGroup>();
  for (const group of [...uiServices.flatMap((s) => s.log?.groups ?? []), ...SHELL_GROUPS])
    if (!byKey.has(group.key)) byKey.set(group.key, group);
  return [...byKey.values()];
})();

export const ALL_GROUPS: ReadonlySet<string> = new Set(LOG_GROUPS.map((g) => g.key));

/** The buttons an event is under: its services' say, and every actor event is an actor's. */
export function groupsOf(event: EngineEvent): string[] {
  const groups = new Set(uiServices.flatMap((s) => s.log?.groupsOf(event) ?? []));
  if (event.type.startsWith('actor/')) {
    groups.add('actors');
    // A call an actor made, or a script step, came back with an error.
    if (event.type.endsWith('-failed')) groups.add('errors');
  }
  return groups.size === 0 ? ['other'] : [...groups];
}
