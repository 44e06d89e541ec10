import { readInteger } from '../../../../engine/actors/settingReaders';
import { memberOf } from '../../../../engine/scenario/settings';
import { LAMBDA_SQS } from './lambdaSqsSettings';
import {
  defined,
  fields,
  finish,
  nested,
  problem,
  text,
  type Fields,
} from '../../../../engine/actors/config';
import {
  PROCESSING_KEYS,
  readFailure,
  readProcessingTime,
  type FailureConfig,
  type ProcessingTime,
} from './processing';

/**
 * A Lambda function behind an SQS event source mapping. Mapping members are named as in
 * CreateEventSourceMapping; Timeout as in CreateFunction; the rest describes the function's code.
 */
export interface LambdaSqsConfig extends FailureConfig {
  EventSourceArn: string;
  /** [D] 1–10,000 records per invocation, default 10. */
  BatchSize: number;
  /** [D] 0–300 s of gathering; required ≥ 1 when BatchSize > 10; standard queues only. */
  MaximumBatchingWindowInSeconds: number;
  /** [D] ScalingConfig.MaximumConcurrency 2–1,000; absent: up to the account's 1,000. */
  ScalingConfig?: { MaximumConcurrency: number };
  /** ['ReportBatchItemFailures'] turns on partial batch responses. */
  FunctionResponseTypes: string[];
  /** [D] Function timeout, 1–900 s, default 3. */
  Timeout: number;
  /** Time the function spends per record; a batch takes the sum. */
  ProcessingTime: ProcessingTime;
}

const KEYS = [
  'EventSourceArn',
  'BatchSize',
  'MaximumBatchingWindowInSeconds',
  'ScalingConfig',
  'FunctionResponseTypes',
  'Timeout',
  ...PROCESSING_KEYS,
] as const;

const SQS_ARN = /^arn:aws:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;

export function configureLambdaSqs(raw: unknown): LambdaSqsConfig {
  const f = fields(raw, KEYS);
  const arn = text(f, 'EventSourceArn', { required: true });
  if (arn !== undefined && !SQS_ARN.test(arn))
    problem(
      f,
      `EventSourceArn must be an SQS queue ARN like arn:aws:sqs:us-east-1:123456789012:orders (got ${JSON.stringify(arn)}).`,
    );
  const batchSize = readInteger(f, LAMBDA_SQS.BatchSize);
  const window = readInteger(f, LAMBDA_SQS.MaximumBatchingWindowInSeconds);
  // [D] "If you set BatchSize to more than 10, you must set MaximumBatchingWindowInSeconds to at least 1."
  if (batchSize > 10 && window < 1)
    problem(f, 'MaximumBatchingWindowInSeconds must be at least 1 when BatchSize is more than 10.');
  if (arn?.endsWith('.fifo') === true && batchSize > 10)
    problem(f, 'BatchSize must be from 1 to 10 for a FIFO queue.');
  // [D] Lambda DG services-sqs-parameters: "Batching window is not supported for FIFO queues"
  // (CreateEventSourceMapping answers InvalidParameterValueException with that text).
  if (arn?.endsWith('.fifo') === true && window > 0)
    problem(f, 'Batching window is not supported for FIFO queues.');
  const scaling = nested(f, 'ScalingConfig', [memberOf(LAMBDA_SQS.MaximumConcurrency)]);
  const config = defined({
    EventSourceArn: arn ?? '',
    BatchSize: batchSize,
    MaximumBatchingWindowInSeconds: window,
    ScalingConfig:
      scaling === undefined
        ? undefined
        : {
            // [D] Without a cap the mapping scales to the account's concurrency, 1,000.
            MaximumConcurrency: readInteger(scaling, LAMBDA_SQS.MaximumConcurrency) ?? 1000,
          },
    FunctionResponseTypes: responseTypes(f),
    Timeout: readInteger(f, LAMBDA_SQS.Timeout),
    ProcessingTime: readProcessingTime(f, LAMBDA_SQS),
    ...readFailure(f),
  });
  finish(f, 'lambda-sqs');
  return config;
}

function responseTypes(f: Fields): string[] {
  const { listOf } = LAMBDA_SQS.ReportBatchItemFailures;
  const value = f.raw.FunctionResponseTypes;
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => v !== listOf) || value.length > 1) {
    problem(
      f,
      `FunctionResponseTypes must be [] or ${JSON.stringify([listOf])} (got ${JSON.stringify(value)}).`,
    );
    return [];
  }
  return [...(value as string[])];
}

/** The queue URL for an SQS ARN (the mapping polls by URL, as the service does internally). */
export function queueUrlOfArn(arn: string): string {
  const [, , , region, account, name] = arn.split(':');
  return `https://sqs.${region ?? ''}.amazonaws.com/${account ?? ''}/${name ?? ''}`;
}
