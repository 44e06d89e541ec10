import type { SettingSchema } from '../../../../engine/scenario/settings';
import { FAILURE, processingSettings } from './processingSettings';

const inHeartbeat = { path: ['Heartbeat'], set: true } as const;

/**
 * A consumer's knobs, in the inspector's order. [D] ReceiveMessage: WaitTimeSeconds 0–20,
 * MaxNumberOfMessages 1–10 (default 1), VisibilityTimeout 0–43,200; ChangeMessageVisibility
 * 0–43,200. The rest is the program's own (the AWS SDK's buffered client waits 200 ms to batch).
 */
export const CONSUMER = {
  WaitTimeSeconds: {
    path: ['WaitTimeSeconds'],
    type: 'integer',
    min: 0,
    max: 20,
    default: 20,
    unit: 'seconds',
    help: 'ReceiveMessage wait: 0 is short polling, 1–20 long polling.',
  },
  MaxNumberOfMessages: {
    path: ['MaxNumberOfMessages'],
    type: 'integer',
    min: 1,
    max: 10,
    default: 1,
    help: 'Messages per ReceiveMessage.',
  },
  VisibilityTimeout: {
    path: ['VisibilityTimeout'],
    type: 'integer',
    min: 0,
    max: 43_200,
    unit: 'seconds',
    help: "ReceiveMessage override; none: the queue's.",
  },
  ...processingSettings(1000, 'Every message takes exactly this long.'),
  Concurrency: {
    path: ['Concurrency'],
    type: 'integer',
    min: 1,
    max: 1000,
    default: 1,
    help: 'Messages processed at once.',
  },
  PollAtFreeSlots: {
    path: ['PollAtFreeSlots'],
    type: 'integer',
    min: 1,
    max: 1000,
    default: 1,
    help: 'Free slots before receiving again (Concurrency: whole batch first).',
  },
  DeleteBatch: {
    path: ['DeleteBatch'],
    type: 'boolean',
    default: false,
    help: 'Delete with DeleteMessageBatch (up to 10 per call).',
  },
  DeleteBatchWindowMs: {
    path: ['DeleteBatchWindowMs'],
    type: 'integer',
    min: 0,
    max: 60_000,
    default: 200,
    unit: 'ms',
    help: 'How long a success waits to share a batch.',
    when: { path: ['DeleteBatch'], equals: true },
  },
  Heartbeat: {
    path: ['Heartbeat'],
    type: 'block',
    help: 'Keep slow messages hidden with ChangeMessageVisibility.',
  },
  IntervalSeconds: {
    path: ['Heartbeat', 'IntervalSeconds'],
    type: 'integer',
    min: 1,
    max: 43_200,
    default: 10,
    unit: 'seconds',
    help: 'How often to call ChangeMessageVisibility.',
    when: inHeartbeat,
  },
  ExtendBySeconds: {
    path: ['Heartbeat', 'ExtendBySeconds'],
    type: 'integer',
    min: 0,
    max: 43_200,
    default: 30,
    unit: 'seconds',
    help: 'New visibility timeout from now.',
    when: inHeartbeat,
  },
  PollIntervalMs: {
    path: ['PollIntervalMs'],
    type: 'integer',
    min: 0,
    max: 3_600_000,
    default: 1000,
    unit: 'ms',
    help: 'Pause after an empty short poll.',
  },
  Reply: {
    path: ['Reply'],
    type: 'boolean',
    default: false,
    help: 'Request–response: answer each request on the queue its ReplyTo names (drag the reply handle below to that queue).',
  },
  ...FAILURE,
} as const satisfies Record<string, SettingSchema>;

export const CONSUMER_SETTINGS: readonly SettingSchema[] = Object.values(CONSUMER);
