import type { Ring } from './ring';
import { perMinute } from './ring';
import type { ChartSeries } from './Chart';

export interface ChartSpec {
  title: string;
  x: number[];
  series: ChartSeries[];
}

const levels = (ring: Ring, keys: string[]): ChartSeries[] =>
  keys.map((k) => ({ label: short(k), values: ring.column(k) }));

function short(key: string): string {
  return key.replace(/^ApproximateNumberOfMessages/, '').replace(/^NumberOf/, '') || 'Visible';
}

/** The CloudWatch views of a queue: depth, age of oldest, and per-minute rates. */
export function queueCharts(ring: Ring, startTime: number): ChartSpec[] {
  const times = ring.times();
  const x = times.map((t) => (t - startTime) / 1000);
  const rate = (k: string): ChartSeries => ({
    label: `${short(k)}/min`,
    values: perMinute(times, ring.column(k)),
  });
  return [
    {
      title: 'ApproximateNumberOfMessages',
      x,
      series: levels(ring, [
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ]).map((s, i) => ({ ...s, label: ['Visible', 'NotVisible', 'Delayed'][i] ?? s.label })),
    },
    {
      title: 'ApproximateAgeOfOldestMessage (s)',
      x,
      series: [{ label: 'Age', values: ring.column('ApproximateAgeOfOldestMessage') }],
    },
    {
      title: 'Messages per minute',
      x,
      series: [
        'NumberOfMessagesSent',
        'NumberOfMessagesReceived',
        'NumberOfMessagesDeleted',
        'NumberOfEmptyReceives',
      ].map(rate),
    },
    {
      title: 'Billed requests per minute (64 KiB each)',
      x,
      series: [{ label: 'Requests/min', values: perMinute(times, ring.column('BilledRequests')) }],
    },
  ];
}

/** An actor's gauges as they are. */
export function actorCharts(ring: Ring, startTime: number): ChartSpec[] {
  const x = ring.times().map((t) => (t - startTime) / 1000);
  return [
    { title: 'Gauges', x, series: ring.keys.map((k) => ({ label: k, values: ring.column(k) })) },
  ];
}
