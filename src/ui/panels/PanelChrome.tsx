import type { ReactNode } from 'react';

/** The shared look of the panels' headings and empty states. */
export function PanelHeading({
  id,
  title,
  subtitle,
}: {
  id: string;
  title: string;
  subtitle?: string;
}) {
  return (
    <header className="mb-2">
      <h2 id={id} className="text-sm font-semibold break-all text-slate-900 dark:text-slate-100">
        {title}
      </h2>
      {subtitle !== undefined && (
        <p className="text-xs text-slate-500 dark:text-slate-400">{subtitle}</p>
      )}
    </header>
  );
}

export function PanelEmpty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="p-3 text-sm text-slate-500 dark:text-slate-400">
      {children}
    </section>
  );
}
