import type { Scenario } from '../../../engine';

/**
 * L10–L13 in three lanes: 45 s of work against a 30 s visibility timeout (duplicates), the same
 * work with a ChangeMessageVisibility heartbeat (no duplicates), and a 10 min timeout with a
 * consumer that crashes (slow reprocessing).
 */
export const visibilityTimeout: Scenario = {
  version: 1,
  name: 'Visibility timeout too short',
  description:
    'Processing takes 45 s but the visibility timeout is 30 s: the message becomes visible again before DeleteMessage and a second consumer processes it too. The middle lane fixes it with a heartbeat (ChangeMessageVisibility every 20 s); the bottom lane shows the opposite mistake, a 10 min timeout and a crash.',
  seed: 2,
  lessons: ['L10', 'L11', 'L12', 'L13'],
  nodes: [
    {
      id: 'checkout',
      type: 'producer',
      position: { x: 0, y: 90 },
      config: { MessagesPerSecond: 1, BodyTemplate: 'render invoice {n}', MaxMessages: 1 },
    },
    {
      id: 'invoices',
      type: 'sqs-queue',
      position: { x: 260, y: 60 },
      config: { QueueName: 'invoices', Attributes: { VisibilityTimeout: '30' } },
    },
    {
      id: 'worker-a',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 45_000 } },
    },
    {
      id: 'worker-b',
      type: 'consumer',
      position: { x: 520, y: 160 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 45_000 } },
    },
    {
      id: 'checkout-heartbeat',
      type: 'producer',
      position: { x: 0, y: 465 },
      config: { MessagesPerSecond: 1, BodyTemplate: 'render invoice {n}', MaxMessages: 1 },
    },
    {
      id: 'invoices-heartbeat',
      type: 'sqs-queue',
      position: { x: 260, y: 430 },
      config: { QueueName: 'invoices-heartbeat', Attributes: { VisibilityTimeout: '30' } },
    },
    {
      id: 'worker-c',
      type: 'consumer',
      position: { x: 520, y: 370 },
      config: {
        WaitTimeSeconds: 20,
        ProcessingTime: { Distribution: 'fixed', Ms: 45_000 },
        Heartbeat: { IntervalSeconds: 20, ExtendBySeconds: 30 },
      },
    },
    {
      id: 'worker-d',
      type: 'consumer',
      position: { x: 520, y: 530 },
      config: {
        WaitTimeSeconds: 20,
        ProcessingTime: { Distribution: 'fixed', Ms: 45_000 },
        Heartbeat: { IntervalSeconds: 20, ExtendBySeconds: 30 },
      },
    },
    {
      id: 'checkout-slow',
      type: 'producer',
      position: { x: 0, y: 776 },
      config: { MessagesPerSecond: 1, BodyTemplate: 'render invoice {n}', MaxMessages: 1 },
    },
    {
      id: 'invoices-slow',
      type: 'sqs-queue',
      position: { x: 260, y: 740 },
      config: { QueueName: 'invoices-slow', Attributes: { VisibilityTimeout: '600' } },
    },
    {
      id: 'worker-e',
      type: 'consumer',
      position: { x: 520, y: 770 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 45_000 } },
    },
  ],
  lanes: [
    {
      title: 'Top lane: 45 s of work, 30 s visibility timeout',
      nodes: ['checkout', 'invoices', 'worker-a', 'worker-b'],
    },
    {
      title: 'Middle lane: a heartbeat every 20 s',
      nodes: ['checkout-heartbeat', 'invoices-heartbeat', 'worker-c', 'worker-d'],
    },
    {
      title: 'Bottom lane: a 10 min timeout, then a crash',
      nodes: ['checkout-slow', 'invoices-slow', 'worker-e'],
    },
  ],
  edges: [
    { id: 'e-a-send', source: 'checkout', target: 'invoices', type: 'sends-to' },
    { id: 'e-a-1', source: 'invoices', target: 'worker-a', type: 'consumes-from' },
    { id: 'e-a-2', source: 'invoices', target: 'worker-b', type: 'consumes-from' },
    {
      id: 'e-b-send',
      source: 'checkout-heartbeat',
      target: 'invoices-heartbeat',
      type: 'sends-to',
    },
    { id: 'e-b-1', source: 'invoices-heartbeat', target: 'worker-c', type: 'consumes-from' },
    { id: 'e-b-2', source: 'invoices-heartbeat', target: 'worker-d', type: 'consumes-from' },
    { id: 'e-c-send', source: 'checkout-slow', target: 'invoices-slow', type: 'sends-to' },
    { id: 'e-c-1', source: 'invoices-slow', target: 'worker-e', type: 'consumes-from' },
  ],
  script: [
    { at: 10_000, service: 'playground', action: 'CrashActor', input: { ActorId: 'worker-e' } },
    { at: 20_000, service: 'playground', action: 'RestartActor', input: { ActorId: 'worker-e' } },
  ],
  narration: [
    {
      at: 1_500,
      text: 'At 1 s each lane sends one message (m-1, m-2, m-3). A consumer receives it, and for the visibility timeout (30 s by default) no other consumer can see it.',
      lessons: ['L10'],
    },
    {
      at: 10_000,
      text: 'Bottom lane: worker-e crashes while holding its message. Its visibility timeout is 10 min (600 s), so nobody can retry it until then, even after worker-e restarts at 20 s.',
      lessons: ['L13'],
    },
    {
      at: 21_500,
      text: 'Middle lane: every 20 s worker-c calls ChangeMessageVisibility with VisibilityTimeout = 30: the message stays hidden for 30 s from that call (a new timeout replacing the 10 s left, not added to it), so it stays hidden for as long as the work takes.',
      lessons: ['L12'],
    },
    {
      at: 31_500,
      text: 'Top lane: the visibility timeout (30 s) ran out at 31 s, before worker-a finished (45 s of work). The message is visible again and worker-b receives it (receive count 2): it will be processed twice.',
      lessons: ['L11', 'L13'],
    },
    {
      at: 46_500,
      text: 'Middle lane: worker-c finished after 45 s and deleted its message, received once. A heartbeat (or a visibility timeout longer than the work) avoids duplicates; a timeout that is too short causes them.',
      lessons: ['L12', 'L13'],
    },
    {
      at: 601_500,
      text: 'Bottom lane: only now, 10 min (600 s) after the receive at 1 s, does the crashed message become visible and get reprocessed. A visibility timeout that is too long makes recovery from a crash slow.',
      lessons: ['L13'],
    },
  ],
};
