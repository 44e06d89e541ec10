import {
  defined,
  fields,
  finish,
  nested,
  text,
  type Fields,
} from '../../../../engine/actors/config';
import { readFlag, readInteger } from '../../../../engine/actors/settingReaders';
import { memberOf } from '../../../../engine/scenario/settings';
import { CONSUMER } from './consumerSettings';
import {
  PROCESSING_KEYS,
  readFailure,
  readProcessingTime,
  type FailureConfig,
  type ProcessingTime,
} from './processing';

/** A queue consumer as a program built on the AWS SDK would run it. */
export interface ConsumerConfig extends FailureConfig {
  QueueUrl: string;
  /** 0 = short polling; 1–20 = long polling (ReceiveMessage WaitTimeSeconds). Default 20. */
  WaitTimeSeconds: number;
  /** ReceiveMessage MaxNumberOfMessages, 1–10 (AWS default 1). */
  MaxNumberOfMessages: number;
  /** ReceiveMessage VisibilityTimeout override, 0–43,200 s; absent = the queue's. */
  VisibilityTimeout?: number;
  ProcessingTime: ProcessingTime;
  /** Messages processed at once; the consumer only receives while it has free slots. */
  Concurrency: number;
  /**
   * Free slots needed before the next receive: 1 refills a slot as soon as a job ends; Concurrency
   * waits for the whole batch, the receive–process–delete loop of the AWS SDK examples.
   */
  PollAtFreeSlots: number;
  /** Delete successes with DeleteMessageBatch (up to 10 per call) instead of DeleteMessage. */
  DeleteBatch: boolean;
  /**
   * How long a success waits for others to share its DeleteMessageBatch, like the AWS SDK's
   * buffered client (maxBatchOpenMs, default 200 ms); a full batch of 10 goes at once.
   */
  DeleteBatchWindowMs: number;
  /** Keep a slow message hidden: ChangeMessageVisibility every IntervalSeconds to ExtendBySeconds. */
  Heartbeat?: { IntervalSeconds: number; ExtendBySeconds: number };
  /** Pause after an empty short poll, so short polling costs requests, not an endless loop. */
  PollIntervalMs: number;
  /**
   * Request–response: after processing, answer to the queue URL in the request's ReplyTo message
   * attribute, echoing its CorrelationId (or the request's MessageId) as CorrelationId.
   */
  Reply: boolean;
}

export const CONSUMER_KEYS = [
  'QueueUrl',
  'WaitTimeSeconds',
  'MaxNumberOfMessages',
  'VisibilityTimeout',
  'Concurrency',
  'PollAtFreeSlots',
  'DeleteBatch',
  'DeleteBatchWindowMs',
  'Heartbeat',
  'PollIntervalMs',
  'Reply',
  ...PROCESSING_KEYS,
] as const;

export function configureConsumer(raw: unknown): ConsumerConfig {
  const f = fields(raw, CONSUMER_KEYS);
  const config = readConsumer(f);
  finish(f, 'consumer');
  return config;
}

/** Reads consumer knobs from `f` (also used by an autoscaling group's template). */
export function readConsumer(f: Fields, queueRequired = true): ConsumerConfig {
  const c = CONSUMER;
  const heartbeat = nested(f, memberOf(c.Heartbeat), ['IntervalSeconds', 'ExtendBySeconds']);
  return defined({
    QueueUrl: text(f, 'QueueUrl', { required: queueRequired }) ?? '',
    WaitTimeSeconds: readInteger(f, c.WaitTimeSeconds),
    MaxNumberOfMessages: readInteger(f, c.MaxNumberOfMessages),
    VisibilityTimeout: readInteger(f, c.VisibilityTimeout),
    ProcessingTime: readProcessingTime(f, c),
    Concurrency: readInteger(f, c.Concurrency),
    PollAtFreeSlots: readInteger(f, c.PollAtFreeSlots),
    DeleteBatch: readFlag(f, c.DeleteBatch),
    DeleteBatchWindowMs: readInteger(f, c.DeleteBatchWindowMs),
    Heartbeat:
      heartbeat === undefined
        ? undefined
        : {
            IntervalSeconds: readInteger(heartbeat, c.IntervalSeconds),
            ExtendBySeconds: readInteger(heartbeat, c.ExtendBySeconds),
          },
    PollIntervalMs: readInteger(f, c.PollIntervalMs),
    Reply: readFlag(f, c.Reply),
    ...readFailure(f),
  });
}
