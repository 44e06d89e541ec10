import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { axisNumber, formatNumber } from '../../format/numbers';
import { axisSeconds } from '../../format/time';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

interface Props {
  title: string;
  /** Seconds since start. */
  x: number[];
  series: ChartSeries[];
  /** Whole-number ticks (counts of messages, instances). */
  integer?: boolean;
}

export const PALETTE = [
  '#d97706',
  '#0284c7',
  '#7c3aed',
  '#059669',
  '#dc2626',
  '#64748b',
  '#db2777',
  '#65a30d',
];

/** Tick steps a person counts in: seconds to hours on x, whole numbers on counts. */
const SECOND_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600];
const WHOLE_STEPS = [1, 2, 5].flatMap((m) => [1, 10, 100, 1e3, 1e4, 1e5, 1e6].map((p) => m * p));
WHOLE_STEPS.sort((a, b) => a - b);

/** The y scale starts at 0 (every gauge here is a count, an age or a rate) and is never empty. */
const fromZero = (_u: uPlot, _min: number | null, max: number | null): uPlot.Range.MinMax => [
  0,
  max === null || !(max > 0) ? 1 : max * 1.1,
];

/** jsdom has no canvas: charts stay text-only there (the legend still shows the latest values). */
const canDraw = typeof navigator !== 'undefined' && !navigator.userAgent.includes('jsdom');

/**
 * One uPlot chart that fills the box it is given (so it is never clipped), loaded on first use
 * (uPlot is not in the first-paint bundle). Built once per set of series, then only fed data.
 */
export function Chart({ title, x, series, integer = true }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const labels = series.map((s) => s.label).join('\n');
  const data = [x, ...series.map((s) => s.values)] as uPlot.AlignedData;
  const latestData = useRef(data);

  useEffect(() => {
    if (!canDraw || box.current === null) return;
    let cancelled = false;
    const host = box.current;
    const size = () => ({
      width: Math.max(120, host.clientWidth),
      height: Math.max(60, host.clientHeight),
    });
    const observer = new ResizeObserver(() => plot.current?.setSize(size()));
    observer.observe(host);
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
      ([{ default: UPlot }]) => {
        if (cancelled) return;
        const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
        const ink = dark ? '#cbd5e1' : '#334155';
        const grid = dark ? '#1e293b' : '#e2e8f0';
        const axis = {
          stroke: ink,
          grid: { stroke: grid, width: 1 },
          ticks: { stroke: grid, width: 1 },
          font: '11px system-ui',
        };
        plot.current = new UPlot(
          {
            ...size(),
            legend: { show: false },
            cursor: { drag: { x: false, y: false } },
            scales: { x: { time: false }, y: { range: fromZero } },
            axes: [
              { ...axis, incrs: SECOND_STEPS, space: 56, values: (_u, t) => t.map(axisSeconds) },
              {
                ...axis,
                size: 44,
                space: 22,
                ...(integer ? { incrs: WHOLE_STEPS } : {}),
                values: (_u, t) => t.map(axisNumber),
              },
            ],
            series: [
              {},
              ...labels.split('\n').map((label, i) => ({
                label,
                stroke: PALETTE[i % PALETTE.length] ?? '#64748b',
                width: 1.5,
                spanGaps: false,
              })),
            ],
          },
          latestData.current,
          host,
        );
      },
    );
    return () => {
      cancelled = true;
      observer.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [labels, integer]);

  useEffect(() => {
    latestData.current = data;
    plot.current?.setData(data);
  });

  return (
    <figure className="flex h-full min-h-0 min-w-0 flex-col">
      <figcaption className="flex flex-wrap items-baseline gap-x-3 text-xs">
        <span
          className="block w-full truncate font-semibold text-slate-800 dark:text-slate-200"
          title={title}
        >
          {title}
        </span>
        {series.map((s, i) => (
          <span
            key={s.label}
            className="flex items-center gap-1 text-slate-600 dark:text-slate-400"
          >
            <span
              aria-hidden="true"
              className="inline-block h-0.5 w-3"
              style={{ background: PALETTE[i % PALETTE.length] }}
            />
            {s.label}{' '}
            <span className="font-mono text-slate-900 tabular-nums dark:text-slate-100">
              {latest(s.values)}
            </span>
          </span>
        ))}
      </figcaption>
      {/* The plot is absolutely placed: its canvas must not size the box it is sized from. */}
      <div className={canDraw ? 'relative min-h-16 flex-1' : 'hidden'}>
        <div ref={box} aria-hidden="true" className="absolute inset-0" />
      </div>
    </figure>
  );
}

function latest(values: (number | null)[]): string {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined && !Number.isNaN(v)) return formatNumber(v);
  }
  return '—';
}
