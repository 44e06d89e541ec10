import { connectNodes } from '../plugins/registry';
import { useId, useState, type FormEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { asOwnFlow } from './ownFlow';
import { displayName, kindLabel } from '../plugins/registry';

/** Connect two nodes without a mouse: the same rules as dragging between handles. */
export function ConnectForm() {
  const store = useAppStoreApi();
  const nodes = useAppStore((s) => s.scenario.nodes);
  const edit = useAppStore((s) => s.edit);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [result, setResult] = useState<{ text: string; refused: boolean } | undefined>();
  const id = useId();
  const source = nodes.some((n) => n.id === from) ? from : '';
  const target = nodes.some((n) => n.id === to) ? to : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (source === '' || target === '') {
      setResult({ text: 'Choose both a source and a target.', refused: true });
      return;
    }
    const current = store.getState().scenario;
    const outcome = connectNodes(current, source, target);
    if (!outcome.ok) return setResult({ text: outcome.reason, refused: true });
    const name = (nodeId: string) => {
      const node = current.nodes.find((n) => n.id === nodeId);
      return node === undefined ? nodeId : displayName(node);
    };
    const label = `Connected ${name(source)} to ${name(target)}`;
    edit(() => asOwnFlow(outcome.scenario), label);
    setResult({ text: `${label}.`, refused: false });
  };

  const options = nodes.map((n) => (
    <option key={n.id} value={n.id}>
      {displayName(n)} ({kindLabel(n)})
    </option>
  ));
  const field =
    'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
        Connect
      </h2>
      <label className="flex flex-col gap-0.5 text-xs text-slate-600 dark:text-slate-300">
        From
        <select value={source} onChange={(e) => setFrom(e.target.value)} className={field}>
          <option value="">Choose a node…</option>
          {options}
        </select>
      </label>
      <label className="flex flex-col gap-0.5 text-xs text-slate-600 dark:text-slate-300">
        To
        <select value={target} onChange={(e) => setTo(e.target.value)} className={field}>
          <option value="">Choose a node…</option>
          {options}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:bg-slate-200 dark:text-slate-900 dark:hover:bg-white"
      >
        Connect
      </button>
      <p
        role="status"
        aria-live="polite"
        className={`text-xs ${result?.refused === true ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-300'}`}
      >
        {result?.text}
      </p>
    </form>
  );
}
