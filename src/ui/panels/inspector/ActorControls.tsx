import { useState } from 'react';
import { useSim } from '../../../client/controls';
import { useAppStore } from '../../../store';
import { asAwsError } from '../../format/aws';

/**
 * Crash and Restart act on the running world only (CrashActor / RestartActor): a crash is an
 * event in this run, not a change to the design, so the document is left alone.
 */
export function ActorControls({ actorId }: { actorId: string }) {
  const sim = useSim();
  const status = useAppStore((s) => s.gauges.actors[actorId]?.Status);
  const [error, setError] = useState<string | undefined>(undefined);
  const run = (action: 'CrashActor' | 'RestartActor') => {
    setError(undefined);
    sim.call('playground', action, { ActorId: actorId }).catch((thrown: unknown) => {
      const e = asAwsError(thrown);
      setError(`${e.name}: ${e.message}`);
    });
  };
  const button =
    'rounded border px-2 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-amber-500 disabled:opacity-40';
  return (
    <div className="mb-2 rounded border border-slate-200 p-2 dark:border-slate-800">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Status:{' '}
        <span className="font-semibold text-slate-900 dark:text-slate-100">{status ?? '—'}</span>
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={`${button} border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950`}
          disabled={status === 'crashed'}
          onClick={() => run('CrashActor')}
        >
          Crash
        </button>
        <button
          type="button"
          className={`${button} border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800`}
          onClick={() => run('RestartActor')}
        >
          Restart
        </button>
      </div>
      {error !== undefined && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
