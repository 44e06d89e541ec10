import type { SettingSchema } from '../../../../engine/scenario/settings';
import { FAILURE, processingSettings } from './processingSettings';

/**
 * A Lambda function's event source mapping and timeout, in the inspector's order.
 * [D] CreateEventSourceMapping: BatchSize 1–10,000 (default 10), MaximumBatchingWindowInSeconds
 * 0–300, ScalingConfig.MaximumConcurrency 2–1,000; CreateFunction: Timeout 1–900 s (default 3).
 */
export const LAMBDA_SQS = {
  BatchSize: {
    path: ['BatchSize'],
    type: 'integer',
    min: 1,
    max: 10_000,
    default: 10,
    help: 'Records per invocation (FIFO: up to 10; above 10 needs a batching window).',
  },
  MaximumBatchingWindowInSeconds: {
    path: ['MaximumBatchingWindowInSeconds'],
    type: 'integer',
    min: 0,
    max: 300,
    default: 0,
    unit: 'seconds',
    help: 'How long to gather records before invoking (standard queues only).',
  },
  MaximumConcurrency: {
    path: ['ScalingConfig', 'MaximumConcurrency'],
    type: 'integer',
    min: 2,
    max: 1000,
    help: "Cap on concurrent invocations; none: up to the account's 1,000.",
  },
  ReportBatchItemFailures: {
    path: ['FunctionResponseTypes'],
    name: 'ReportBatchItemFailures',
    type: 'boolean',
    listOf: 'ReportBatchItemFailures',
    default: false,
    help: 'FunctionResponseTypes: return only the failed records, so the rest are deleted.',
  },
  Timeout: {
    path: ['Timeout'],
    type: 'integer',
    min: 1,
    max: 900,
    default: 3,
    unit: 'seconds',
    help: "Function timeout: at most the queue's visibility timeout, which AWS advises to be 6× this plus the batching window.",
  },
  ...processingSettings(100, 'Time per record; a batch takes the sum.'),
  ...FAILURE,
} as const satisfies Record<string, SettingSchema>;

export const LAMBDA_SQS_SETTINGS: readonly SettingSchema[] = Object.values(LAMBDA_SQS);
