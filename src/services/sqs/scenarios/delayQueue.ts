import type { Scenario } from '../../../engine';

/** L17: a queue-level DelaySeconds and a per-message DelaySeconds. */
export const delayQueue: Scenario = {
  version: 1,
  name: 'Delay queue',
  description:
    'Top: a delay queue (DelaySeconds = 10 on the queue) hides every new message for 10 s before any consumer can receive it. Bottom: a normal queue (delay 0, the default) where the producer sets a message timer: a 30 s delay per message (SendMessage DelaySeconds). The maximum is 15 minutes (900 s).',
  seed: 4,
  lessons: ['L17'],
  nodes: [
    {
      id: 'signups',
      type: 'producer',
      position: { x: 0, y: 0 },
      config: { MessagesPerSecond: 0.2, BodyTemplate: 'welcome email {n}', MaxMessages: 6 },
    },
    {
      id: 'welcome-emails',
      type: 'sqs-queue',
      position: { x: 260, y: 0 },
      config: { QueueName: 'welcome-emails', Attributes: { DelaySeconds: '10' } },
    },
    {
      id: 'mailer',
      type: 'consumer',
      position: { x: 520, y: 0 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 200 } },
    },
    {
      id: 'carts',
      type: 'producer',
      position: { x: 0, y: 280 },
      config: {
        MessagesPerSecond: 0.2,
        BodyTemplate: 'abandoned cart reminder {n}',
        MaxMessages: 6,
        DelaySeconds: 30,
      },
    },
    {
      id: 'reminders',
      type: 'sqs-queue',
      position: { x: 260, y: 280 },
      config: { QueueName: 'reminders' },
    },
    {
      id: 'notifier',
      type: 'consumer',
      position: { x: 520, y: 280 },
      config: { WaitTimeSeconds: 20, ProcessingTime: { Distribution: 'fixed', Ms: 200 } },
    },
  ],
  lanes: [
    {
      title: 'Top: DelaySeconds = 10 on the queue',
      nodes: ['signups', 'welcome-emails', 'mailer'],
    },
    {
      title: 'Bottom: DelaySeconds = 30 on each message',
      nodes: ['carts', 'reminders', 'notifier'],
    },
  ],
  edges: [
    { id: 'e-1-send', source: 'signups', target: 'welcome-emails', type: 'sends-to' },
    { id: 'e-1-consume', source: 'welcome-emails', target: 'mailer', type: 'consumes-from' },
    { id: 'e-2-send', source: 'carts', target: 'reminders', type: 'sends-to' },
    { id: 'e-2-consume', source: 'reminders', target: 'notifier', type: 'consumes-from' },
  ],
  narration: [
    {
      at: 5_000,
      text: 'Both consumers are long polling, yet they receive nothing: new messages are delayed (counted in ApproximateNumberOfMessagesDelayed), invisible to every consumer.',
      lessons: ['L17'],
    },
    {
      at: 15_000,
      text: 'Top: the first welcome email was sent at 5 s into a queue with DelaySeconds = 10, so it becomes visible at 15 s and is received at once. The queue delay applies to every message (0 by default, up to 15 min).',
      lessons: ['L17'],
    },
    {
      at: 35_000,
      text: 'Bottom: the reminders queue has no delay, but each SendMessage set a message timer (DelaySeconds = 30 on the message), so the first reminder (sent at 5 s) appears only now. A message timer overrides the queue delay, up to 15 min; FIFO queues do not support per-message timers, only the queue delay.',
      lessons: ['L17'],
    },
  ],
};
