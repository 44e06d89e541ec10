import type { ReactNode } from 'react';
import { useAppStore } from '../../../store';
import { countsId } from '../graph';

export interface NodeShellProps {
  nodeId: string;
  name: string;
  kind: string;
  icon: ReactNode;
  /** The service colour: the card's top stripe. */
  accent: string;
  selected: boolean;
  badge?: ReactNode;
  /** Key settings, as label/value pairs. */
  settings: [string, ReactNode][];
  /** Live numbers; also the node's accessible description (aria-describedby). */
  live: ReactNode;
  children?: ReactNode;
  /** Why the node does nothing yet ("Not connected: …"), shown on it. */
  idle?: string | undefined;
  /** Its connection points (React Flow handles), as its service draws them. */
  handles?: ReactNode;
}

/** The frame every node shares: header with icon and name, settings, live state, handles. */
export function NodeShell(p: NodeShellProps) {
  // Lit up by a clicked event log line that names this node.
  const highlighted = useAppStore((s) => s.highlight?.nodeIds.includes(p.nodeId) ?? false);
  return (
    <div
      data-highlighted={highlighted || undefined}
      className={`pg-node w-56 rounded-lg border bg-white text-slate-900 shadow-sm dark:bg-slate-900 dark:text-slate-100 ${
        p.selected
          ? 'border-sky-500 ring-2 ring-sky-500/60'
          : highlighted
            ? 'border-amber-400 ring-4 ring-amber-400/60'
            : 'border-slate-300 dark:border-slate-700'
      }`}
      style={{ borderTop: `4px solid ${p.accent}` }}
    >
      <div className="flex items-center gap-2 px-3 pt-2">
        <span className="shrink-0" aria-hidden="true">
          {p.icon}
        </span>
        <div className="min-w-0 flex-1">
          <div className="truncate text-sm font-semibold" title={p.name}>
            {p.name}
          </div>
          <div className="flex items-center gap-1 text-[11px] text-slate-500 dark:text-slate-400">
            <span className="truncate">{p.kind}</span>
            {p.badge}
          </div>
        </div>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 px-3 pt-1.5 text-[11px] leading-4">
        {p.settings.map(([label, value]) => (
          <div key={label} className="contents">
            <dt
              className="max-w-[9.5rem] truncate text-slate-500 dark:text-slate-400"
              title={label}
            >
              {label}
            </dt>
            <dd className="truncate text-right font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div
        id={countsId(p.nodeId)}
        className="mx-2 mt-1.5 mb-2 rounded-md bg-slate-100 px-2 py-1 text-xs dark:bg-slate-800"
      >
        {p.idle !== undefined && (
          <p className="mb-1 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {p.idle}
          </p>
        )}
        {p.live}
      </div>
      {p.children}
      {p.handles}
    </div>
  );
}

export function IconTile({ children, light }: { children: ReactNode; light?: boolean }) {
  return (
    <span
      className={`flex h-8 w-8 items-center justify-center overflow-hidden rounded ${light === true ? 'bg-white ring-1 ring-slate-200' : ''}`}
    >
      {children}
    </span>
  );
}

/** AWS architecture icon category colours: a node's top stripe. */
export const COLORS = {
  integration: '#E7157B',
  lambda: '#ED7100',
  compute: '#ED7100',
  client: '#64748b',
} as const;

export function secondsText(value: unknown, fallback: number): string {
  const n = typeof value === 'string' || typeof value === 'number' ? Number(value) : fallback;
  return `${Number.isFinite(n) ? n : fallback} s`;
}
