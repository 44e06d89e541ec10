import type { ChartGroup, UiService } from '../../../ui/plugins/plugin';

const queueLabel = (key: string) =>
  key.replace(/^(ApproximateNumberOfMessages|NumberOfMessages|NumberOf)/, '') || 'Visible';

/** A queue's charts: what it holds, how old, and what goes through it. */
const QUEUE: readonly ChartGroup[] = [
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

/** The charts of producers, consumers, Lambda mappings and groups: each draws those it has. */
const ACTOR: readonly ChartGroup[] = [
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

/** SQS's charts, CloudWatch's metric names as series. */
export const SQS_CHARTS: NonNullable<UiService['charts']> = { resource: QUEUE, actor: ACTOR };
