import { useId, useState } from 'react';
import type { ScenarioNode } from '../../../engine';
import { useAppStore, useAppStoreApi } from '../../../store';
import { displayName, nodeKind } from '../../plugins/registry';
import { renameNode } from './renameNode';

/** The node's name (a resource's name member, an actor's id), renamed on Enter or when left. */
export function NameField({ node }: { node: ScenarioNode }) {
  const store = useAppStoreApi();
  const edit = useAppStore((s) => s.edit);
  const selectNode = useAppStore((s) => s.selectNode);
  const current = displayName(node);
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState('');
  const id = useId();
  const label = nodeKind(node.type)?.naming?.label ?? 'Name (ActorId)';

  const commit = () => {
    const result = renameNode(store.getState().scenario, node, draft);
    if (!result.ok) return setError(result.reason);
    setError('');
    edit(() => result.scenario, `Renamed ${current} to ${draft.trim()}`);
    selectNode(result.nodeId);
  };

  return (
    <div className="mb-3 flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      <input
        id={id}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(current);
            setError('');
          }
        }}
        aria-invalid={error !== ''}
        aria-describedby={error === '' ? undefined : `${id}-error`}
        spellCheck={false}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {error !== '' && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
