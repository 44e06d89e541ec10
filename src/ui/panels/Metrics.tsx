import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { Chart } from './metrics/Chart';
import { recorderFor } from './metrics/recorder';
import { chartsOf } from './metrics/series';
import { nodeGauges } from './metrics/nodeGauges';
import { PanelEmpty, PanelHeading } from './PanelChrome';
import { useRecorderVersion } from './metrics/useRecorderVersion';

/**
 * CloudWatch-style time series of the selected node, from gauges sampled once per virtual second
 * into a bounded ring; redrawn a couple of times per second, not every frame.
 */
export function Metrics() {
  const store = useAppStoreApi();
  const recorder = useMemo(() => recorderFor(store), [store]);
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.selectedNodeId));
  const startTime = useAppStore((s) => s.startTime);
  // Re-render twice a second of wall time when there are new samples.
  useRecorderVersion(recorder);
  if (node === undefined)
    return <PanelEmpty title="Metrics">Select a node to see its metrics.</PanelEmpty>;
  const { key, name, groups } = nodeGauges(node);
  const ring = recorder.ring(key);
  const charts = ring === undefined ? [] : chartsOf(ring, startTime, groups);
  return (
    <section aria-labelledby="metrics-heading" className="flex h-full min-h-0 flex-col p-3">
      <PanelHeading
        id="metrics-heading"
        title={`Metrics of ${name}`}
        subtitle="Sampled every virtual second; x axis: time since start"
      />
      {charts.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No samples yet: press play.</p>
      ) : (
        // One row as tall as the panel: a chart is never cut off, more scroll sideways.
        <div className="grid min-h-40 flex-1 auto-cols-[minmax(13rem,1fr)] grid-flow-col gap-4 overflow-x-auto">
          {charts.map((c) => (
            <Chart
              key={`${key} ${c.title}`}
              title={c.title}
              x={c.x}
              series={c.series}
              integer={c.integer}
            />
          ))}
        </div>
      )}
    </section>
  );
}
