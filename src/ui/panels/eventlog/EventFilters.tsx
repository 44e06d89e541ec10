import { useAppStore } from '../../../store';
import type { EventFilter } from './filter';
import { LOG_GROUPS } from './groups';

const field =
  'rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-900 focus-visible:outline-2 focus-visible:outline-amber-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/** Group toggles, node and message pickers and a free-text search for the event log. */
export function EventFilters({
  filter,
  onChange,
}: {
  filter: EventFilter;
  onChange: (f: EventFilter) => void;
}) {
  const nodeIds = useAppStore((s) => s.scenario.nodes.map((n) => n.id).join('\n'));
  const toggle = (key: string) => {
    const groups = new Set(filter.groups);
    if (groups.has(key)) groups.delete(key);
    else groups.add(key);
    onChange({ ...filter, groups });
  };
  return (
    <div
      className="flex flex-wrap items-center gap-1 border-b border-slate-200 p-2 dark:border-slate-800"
      role="group"
      aria-label="Event log filters"
    >
      {LOG_GROUPS.map(({ key, label }) => (
        <button
          key={key}
          type="button"
          aria-pressed={filter.groups.has(key)}
          onClick={() => toggle(key)}
          className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-600 focus-visible:outline-2 focus-visible:outline-amber-500 aria-pressed:border-amber-500 aria-pressed:bg-amber-100 aria-pressed:text-amber-900 dark:border-slate-600 dark:text-slate-300 dark:aria-pressed:bg-amber-900/50 dark:aria-pressed:text-amber-100"
        >
          {label}
        </button>
      ))}
      <select
        aria-label="Only events about node"
        className={field}
        value={filter.nodeId ?? ''}
        onChange={(e) =>
          onChange({
            ...filter,
            nodeId: e.currentTarget.value === '' ? undefined : e.currentTarget.value,
          })
        }
      >
        <option value="">All nodes</option>
        {nodeIds === ''
          ? null
          : nodeIds.split('\n').map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
      </select>
      <input
        aria-label="Only events about message id"
        placeholder="m-12 or MessageId"
        className={`${field} w-32`}
        value={filter.messageId ?? ''}
        onChange={(e) =>
          onChange({
            ...filter,
            messageId:
              e.currentTarget.value.trim() === '' ? undefined : e.currentTarget.value.trim(),
          })
        }
      />
      <input
        type="search"
        aria-label="Search events"
        placeholder="Search"
        className={`${field} w-32`}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
      />
    </div>
  );
}
