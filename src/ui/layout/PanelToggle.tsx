import { usePanelLayout, type PanelId } from './panelLayout';

const NAMES: Record<PanelId, string> = {
  palette: 'the palette',
  details: 'the details panel',
  bottom: 'the event log and metrics',
};

/** Opens or closes one panel; says which, and whether it is open (aria-expanded). */
export function PanelToggle({
  panel,
  openGlyph,
  closedGlyph,
  className,
}: {
  panel: PanelId;
  /** What the button shows while the panel is open (the direction it will fold). */
  openGlyph: string;
  closedGlyph: string;
  className?: string;
}) {
  const { open, toggle } = usePanelLayout();
  const label = `${open[panel] ? 'Hide' : 'Show'} ${NAMES[panel]}`;
  return (
    <button
      type="button"
      onClick={() => toggle(panel)}
      aria-expanded={open[panel]}
      aria-label={label}
      title={label}
      className={`rounded-md px-1.5 py-0.5 text-sm text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100 ${className ?? ''}`}
    >
      <span aria-hidden="true">{open[panel] ? openGlyph : closedGlyph}</span>
    </button>
  );
}
