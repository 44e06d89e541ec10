import { useEffect, useId, useMemo, useRef } from 'react';
import { useAppStore } from '../../store';
import { LessonBadges } from './LessonBadges';
import { formatElapsed, narratedSteps } from './narrationLog';

/**
 * The scenario's story: before the run, its name, explanation and lessons; during the run, each
 * narration step as the script actor says it (actor/narrated events), newest last, scrolled into
 * view and announced to screen readers.
 */
export function Narration() {
  const narration = useAppStore((s) => s.narration);
  const startTime = useAppStore((s) => s.startTime);
  const steps = useMemo(() => narratedSteps(narration, startTime), [narration, startTime]);
  const newest = useRef<HTMLLIElement>(null);
  useEffect(() => {
    newest.current?.scrollIntoView?.({ block: 'nearest' });
  }, [steps.length]);
  const name = useAppStore((s) => s.scenario.name);
  const description = useAppStore((s) => s.scenario.description);
  const lessons = useAppStore((s) => s.scenario.lessons);
  const planned = useAppStore((s) => s.scenario.narration?.length ?? 0);
  const latest = steps[steps.length - 1];
  const titleId = useId();

  return (
    <section
      aria-labelledby={titleId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <header>
        <h2 id={titleId} className="text-base font-semibold">
          {name}
        </h2>
        <LessonBadges lessons={lessons} className="mt-1" />
      </header>
      {description !== '' && (
        <p className={steps.length > 0 ? 'text-slate-500 dark:text-slate-400' : 'leading-relaxed'}>
          {description}
        </p>
      )}
      {steps.length === 0 ? (
        planned > 0 && (
          <p className="text-slate-500 dark:text-slate-400">
            Press play: {planned} narration {planned === 1 ? 'step explains' : 'steps explain'} what
            happens, as it happens.
          </p>
        )
      ) : (
        <ol aria-label="Narration" className="flex flex-col gap-2">
          {steps.map((step) => (
            <li
              key={step.seq}
              ref={step === latest ? newest : undefined}
              aria-current={step === latest ? 'step' : undefined}
              className={`rounded-md border-l-4 py-1.5 pr-2 pl-3 ${
                step === latest
                  ? 'border-amber-500 bg-amber-50 dark:bg-amber-950/40'
                  : 'border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-300'
              }`}
            >
              <span className="mr-2 font-mono text-xs text-slate-500 tabular-nums dark:text-slate-400">
                <span className="sr-only">At </span>
                {formatElapsed(step.elapsedMs)}
              </span>
              {step.text}
              <LessonBadges lessons={step.lessons} className="mt-1" />
            </li>
          ))}
        </ol>
      )}
      <p aria-live="polite" className="sr-only">
        {latest === undefined ? '' : `${latest.text} (lessons ${latest.lessons.join(', ')})`}
      </p>
    </section>
  );
}
