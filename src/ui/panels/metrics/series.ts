import type { ChartGroup } from '../../plugins/plugin';
import type { ChartSeries } from './Chart';
import { withGaps } from './gaps';
import type { Ring } from './ring';
import { perMinute } from './ring';

export interface ChartSpec {
  /** What is plotted, with its unit: one unit per chart, so one axis reads true. */
  title: string;
  /** Counts of things: whole-number ticks only. */
  integer: boolean;
  /** Seconds since start, with a null point where nothing was sampled. */
  x: number[];
  series: ChartSeries[];
}

/** A chart per group the node has (its service's); any other gauge gets a chart of its own. */
export function chartsOf(
  ring: Ring,
  startTime: number,
  groups: readonly ChartGroup[],
): ChartSpec[] {
  const times = ring.times();
  const claimed = new Set<string>();
  const specs: ChartSpec[] = [];
  const add = (group: ChartGroup) => {
    const keys = group.keys.filter((k) => ring.keys.includes(k) && !claimed.has(k));
    if (keys.length === 0) return;
    keys.forEach((k) => claimed.add(k));
    const columns = keys.map((k) =>
      group.counter === true ? perMinute(times, ring.column(k)) : ring.column(k),
    );
    const gapped = withGaps(times, columns);
    specs.push({
      title: group.title,
      integer: group.counter !== true && group.fractional !== true,
      x: gapped.times.map((t) => (t - startTime) / 1000),
      series: keys.map((k, i) => ({
        label: (group.label ?? ((key: string) => key))(k),
        values: gapped.columns[i] ?? [],
      })),
    });
  };
  for (const group of groups)
    if (group.when === undefined || ring.keys.includes(group.when)) add(group);
  for (const key of ring.keys) add({ title: key, keys: [key], fractional: true });
  return specs;
}
