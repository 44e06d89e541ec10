import { useAppStore } from '../../store';

/** Loading, running, jumping, paused or failed (with why), announced politely when it changes. */
export function SimStatus({ playing, jumping }: { playing: boolean; jumping: boolean }) {
  const status = useAppStore((s) => s.status);
  const problems = useAppStore((s) => s.problems);
  const { label, detail, tone } = describe(status, playing, jumping, problems);
  return (
    <div role="status" className="flex min-w-0 items-center gap-2 text-sm">
      <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${tone}`} />
      <span className="truncate font-medium text-slate-800 dark:text-slate-100" title={label}>
        {label}
      </span>{' '}
      {detail !== undefined && (
        <span className="truncate text-red-700 dark:text-red-300" title={detail}>
          {detail}
        </span>
      )}
    </div>
  );
}

function describe(
  status: 'idle' | 'loading' | 'ready' | 'failed',
  playing: boolean,
  jumping: boolean,
  problems: string[],
): { label: string; detail?: string; tone: string } {
  switch (status) {
    case 'idle':
      return { label: 'Not loaded', tone: 'bg-slate-400' };
    case 'loading':
      return { label: 'Loading…', tone: 'bg-sky-500 motion-safe:animate-pulse' };
    case 'failed': {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
      return {
        label: 'Failed:',
        detail: `${problems[0] ?? 'unknown error'}${more}`,
        tone: 'bg-red-500',
      };
    }
    case 'ready':
      if (jumping) return { label: 'Jumping ahead', tone: 'bg-sky-500 motion-safe:animate-pulse' };
      return playing
        ? { label: 'Running', tone: 'bg-emerald-500' }
        : { label: 'Paused', tone: 'bg-amber-500' };
  }
}
