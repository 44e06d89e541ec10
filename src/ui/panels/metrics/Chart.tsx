import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
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
  height?: number;
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

/** jsdom has no canvas: charts stay text-only there (the legend still shows the latest values). */
const canDraw = typeof navigator !== 'undefined' && !navigator.userAgent.includes('jsdom');

/**
 * One uPlot chart, loaded on first use (uPlot is not in the first-paint bundle). The chart is
 * built once per set of series and then only fed new data.
 */
export function Chart({ title, x, series, height = 120 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [width, setWidth] = useState(300);
  const labels = series.map((s) => s.label).join('\n');
  const data = [x, ...series.map((s) => s.values)] as uPlot.AlignedData;
  const latestData = useRef(data);

  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(160, el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!canDraw || box.current === null) return;
    let cancelled = false;
    const host = box.current;
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
            width: host.clientWidth || 300,
            height,
            legend: { show: false },
            cursor: { drag: { x: false, y: false } },
            scales: { x: { time: false } },
            axes: [
              { ...axis, values: (_u, ticks) => ticks.map(axisSeconds) },
              { ...axis, size: 48 },
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
      plot.current?.destroy();
      plot.current = null;
    };
  }, [labels, height]);

  useEffect(() => {
    latestData.current = data;
    plot.current?.setData(data);
  });

  useEffect(() => {
    plot.current?.setSize({ width, height });
  }, [width, height]);

  return (
    <figure className="min-w-0">
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
      <div ref={box} aria-hidden="true" style={{ minHeight: canDraw ? height : 0 }} />
    </figure>
  );
}

function latest(values: (number | null)[]): string {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined && !Number.isNaN(v)) return String(Math.round(v * 10) / 10);
  }
  return '—';
}
