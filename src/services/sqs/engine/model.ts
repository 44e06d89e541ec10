import type { Deque } from '../../../engine/core/deque';
import type { Deadlines } from '../../../engine/core/deadlines';
import type { ReceiveAttempt } from './receiveAttempts';
import type { ReplyTo } from '../../../engine/sim';

/** A user or system message attribute, as SendMessage takes it and ReceiveMessage returns it. */
export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}

export type MessageState = 'delayed' | 'visible' | 'inflight';

export interface SqsMessage {
  /** Internal key: unique per stored copy (a seeded duplicate shares MessageId, not key). */
  key: number;
  /** Ordinal of the original send in this world, for readable labels ("m-12"). */
  n: number;
  messageId: string;
  body: string;
  attributes: Readonly<Record<string, MessageAttributeValue>>;
  systemAttributes: Readonly<Record<string, MessageAttributeValue>>;
  /** Bytes that count against MaximumMessageSize: body plus attribute names, types and values. */
  size: number;
  sentAt: number;
  /** Retention counts from here; a move to a standard dead-letter queue keeps it, to a FIFO one resets it. */
  enqueuedAt: number;
  senderId: string;
  groupId?: string;
  dedupId?: string;
  sequenceNumber?: string;
  deadLetterSourceArn?: string;
  state: MessageState;
  /** When a delayed or in-flight message becomes visible. */
  visibleAt: number;
  /** Bumped on every timer change, so stale timer entries are skipped. */
  timerVersion: number;
  receiveCount: number;
  /** MD5 of the body, kept once a caller through the door was given it (see md5OfBody). */
  md5OfBody?: string;
  firstReceiveAt?: number;
  receipt?: Receipt;
  /** Standard queues: the key waits in `ready` (so it is never queued twice). */
  inReady?: boolean;
  /** A seeded duplicate: another delivery of its message, which never duplicates in turn. */
  duplicate?: true;
  /** The key of this message's live duplicate, if it made one (see maybeDuplicate). */
  duplicateKey?: number;
}

export interface Receipt {
  handle: string;
  receivedAt: number;
  /** Visibility timeout the receive gave, in seconds (for explanations). */
  timeoutSeconds: number;
}

export interface MessageGroup {
  keys: Deque<number>;
  /** Whether the group is in `availableGroups` now. */
  queued: boolean;
}

export interface DedupEntry {
  messageId: string;
  sequenceNumber?: string;
  at: number;
}

export interface LongPoll {
  id: number;
  replyTo: ReplyTo;
  request: ReceiveRequest;
  startedAt: number;
  deadline: number;
}

export interface ReceiveRequest {
  maxNumberOfMessages: number;
  visibilityTimeout: number;
  waitTimeSeconds: number;
  systemAttributeNames: string[];
  messageAttributeNames: string[];
  caller: string;
  /** FIFO: ReceiveRequestAttemptId, for retries (see receiveAttempts.ts). */
  attemptId?: string;
  /** MD5 digests in the answer: for callers through the door (see sendResult). */
  withDigests: boolean;
}

/** Playground-only behaviour: how often a standard queue shows its at-least-once nature. */
export interface StandardQueueBehavior {
  duplicateProbability: number;
  reorderProbability: number;
  /** How often a short poll leaves out each server (see shortPoll.ts); 0: it asks them all. */
  shortPollSkipProbability: number;
}

export interface QueueConfig {
  visibilityTimeout: number;
  delaySeconds: number;
  retentionSeconds: number;
  maximumMessageSize: number;
  receiveWaitSeconds: number;
  contentBasedDeduplication: boolean;
  highThroughput: boolean;
  redrive?: RedrivePolicy;
}

export interface SqsQueue {
  key: number;
  name: string;
  url: string;
  arn: string;
  fifo: boolean;
  /** Settable attributes as AWS strings: the truth for GetQueueAttributes and idempotency. */
  attributes: Record<string, string>;
  config: QueueConfig;
  /** DeduplicationScope as created: AWS keeps the creation-time behaviour. */
  dedupScope: 'queue' | 'messageGroup';
  createdAt: number;
  lastModifiedAt: number;
  tags: Record<string, string>;
  messages: Map<number, SqsMessage>;
  /** Standard queues: keys of visible messages in delivery order (stale keys are skipped). */
  ready: Deque<number>;
  /** Delays and visibility timeouts ending, as (at, message key, timer version). */
  timers: Deadlines;
  /** (enqueuedAt, message key, 0): entries of deleted messages are shed lazily. */
  retention: Deadlines;
  groups: Map<string, MessageGroup>;
  availableGroups: Deque<string>;
  dedup: Map<string, DedupEntry>;
  dedupOrder: Deque<{ key: string; at: number }>;
  polls: LongPoll[];
  /** FIFO: recent receives by ReceiveRequestAttemptId, oldest first (see receiveAttempts.ts). */
  receiveAttempts: Map<string, ReceiveAttempt>;
  counts: Record<MessageState, number>;
  metrics: QueueMetrics;
  lastPurgeAt?: number;
  wakeAt?: number;
  sequence: number;
  /** FIFO request counts in the current one-second window, by throttle key. */
  throttle: { second: number; counts: Record<string, number> };
  behavior: StandardQueueBehavior;
}

export interface QueueMetrics {
  NumberOfMessagesSent: number;
  NumberOfMessagesReceived: number;
  NumberOfMessagesDeleted: number;
  NumberOfEmptyReceives: number;
  SentMessageSize: number;
  /** Not a CloudWatch metric: the requests the bill counts (see billing.ts). */
  BilledRequests: number;
}

export interface MessageMoveTask {
  taskHandle: string;
  sourceArn: string;
  /** Undefined: each message goes back to the queue it was dead-lettered from. */
  destinationArn: string | undefined;
  /** Undefined: the system's rate (SYSTEM_RATE). */
  maxPerSecond: number | undefined;
  /** AWS also lists CANCELLING; here a cancel takes effect at once, so no task is ever in it. */
  status: 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
  moved: number;
  toMove: number;
  startedAt: number;
  failureReason?: string;
}

export interface SqsState {
  region: string;
  accountId: string;
  queues: Map<number, SqsQueue>;
  queueKeysByName: Map<string, number>;
  /** Names of deleted queues and when, for QueueDeletedRecently. */
  deletedAt: Map<string, number>;
  moveTasks: MessageMoveTask[];
  nextPollId: number;
}

export function createSqsState(): SqsState {
  return {
    region: 'us-east-1',
    accountId: '123456789012',
    queues: new Map(),
    queueKeysByName: new Map(),
    deletedAt: new Map(),
    moveTasks: [],
    nextPollId: 1,
  };
}

/** A queue's RedrivePolicy: where messages go after maxReceiveCount receives. */
export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}
