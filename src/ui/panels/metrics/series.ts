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

/** Gauges that share a unit, drawn on one chart. A counter is shown as a per-minute rate. */
interface Group {
  title: string;
  keys: string[];
  counter?: boolean;
  fractional?: boolean;
  /** Only for nodes that have this gauge (Lambda's Succeeded counts invocations, not messages). */
  when?: string;
  label?: (key: string) => string;
}

const queueLabel = (key: string) =>
  key.replace(/^(ApproximateNumberOfMessages|NumberOfMessages|NumberOf)/, '') || 'Visible';

const QUEUE_GROUPS: Group[] = [
  {
    title: 'Messages in the queue',
    keys: [
      'ApproximateNumberOfMessagesVisible',
      'ApproximateNumberOfMessagesNotVisible',
      'ApproximateNumberOfMessagesDelayed',
    ],
    label: queueLabel,
  },
  {
    title: 'ApproximateAgeOfOldestMessage (seconds)',
    keys: ['ApproximateAgeOfOldestMessage'],
    fractional: true,
    label: () => 'Age',
  },
  {
    title: 'Messages per minute',
    keys: ['NumberOfMessagesSent', 'NumberOfMessagesReceived', 'NumberOfMessagesDeleted'],
    counter: true,
    label: queueLabel,
  },
  {
    title: 'Empty receives per minute',
    keys: ['NumberOfEmptyReceives'],
    counter: true,
    label: queueLabel,
  },
  {
    title: 'Billed requests per minute (64 KiB each)',
    keys: ['BilledRequests'],
    counter: true,
    label: () => 'Requests',
  },
];

const ACTOR_GROUPS: Group[] = [
  { title: 'Instances', keys: ['InService', 'Pending', 'Terminating', 'Desired'] },
  {
    title: 'Backlog per instance (messages)',
    keys: ['BacklogPerInstance'],
    fractional: true,
  },
  {
    title: 'Visible messages it reads (ApproximateNumberOfMessagesVisible)',
    keys: ['ApproximateNumberOfMessagesVisible'],
    label: () => 'Visible',
  },
  { title: 'Concurrency', keys: ['Pollers', 'ConcurrentExecutions'] },
  {
    title: 'Invocations per minute',
    keys: ['Invocations', 'Succeeded', 'Failed', 'TimedOut'],
    counter: true,
    when: 'Invocations',
  },
  { title: 'Failed batch items per minute', keys: ['ItemsFailed'], counter: true },
  { title: 'Messages in hand', keys: ['InProgress'] },
  {
    title: 'Messages per minute',
    keys: ['Attempted', 'Sent', 'Received', 'Succeeded', 'Failed', 'Deleted', 'Replied'],
    counter: true,
  },
  { title: 'Calls per minute', keys: ['EmptyReceives', 'Errors'], counter: true },
  { title: 'Script steps', keys: ['StepsRun', 'StepsFailed'] },
];

export const queueCharts = (ring: Ring, startTime: number) =>
  chartsOf(ring, startTime, QUEUE_GROUPS);

export const actorCharts = (ring: Ring, startTime: number) =>
  chartsOf(ring, startTime, ACTOR_GROUPS);

/** A chart per group the node has; any other gauge gets a chart of its own. */
function chartsOf(ring: Ring, startTime: number, groups: readonly Group[]): ChartSpec[] {
  const times = ring.times();
  const claimed = new Set<string>();
  const specs: ChartSpec[] = [];
  const add = (group: Group) => {
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
