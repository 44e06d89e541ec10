import type { ReactNode } from 'react';

/** A node's live numbers on one line, spread across the card (wrapping on a narrow one). */
export function CountRow({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap justify-between gap-x-2">{children}</div>;
}

/** "3 visible": a number with its word, readable by screen readers as it is shown. */
export function Count({
  value,
  label,
  tone,
}: {
  value: number | string | undefined;
  label: string;
  tone?: string;
}) {
  return (
    <span className="inline-flex items-baseline gap-1">
      <span className={`font-semibold tabular-nums ${tone ?? ''}`}>{value ?? '–'}</span>
      <span className="text-slate-500 dark:text-slate-400">{label}</span>
    </span>
  );
}

/** "2 failed", in red once anything failed. */
export function FailedCount({ value }: { value: number | string | undefined }) {
  return (
    <Count
      value={value}
      label="failed"
      tone={Number(value) > 0 ? 'text-red-600 dark:text-red-400' : ''}
    />
  );
}
