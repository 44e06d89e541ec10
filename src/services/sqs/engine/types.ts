import type { NodeConfig } from '../../../engine/scenario/types';
import type { AutoscalingConfig } from './actors/autoscalingConfig';
import type { ConsumerConfig } from './actors/consumerConfig';
import type { LambdaSqsConfig } from './actors/lambdaSqsConfig';
import type { ProducerConfig } from './actors/producerConfig';
import type { SqsEvent } from './events';
import type { QueueGauges } from './gauges';
import type { SqsState } from './model';
import type { QueueNodeConfig } from './scenario/queueConfig';

/** SQS's scheduled work: queue timers, long polls running out, message move tasks. */
export type SqsTask =
  | { kind: 'sqs/wake'; queue: number; at: number }
  | { kind: 'sqs/poll-expired'; queue: number; poll: number }
  | { kind: 'sqs/move-task'; taskHandle: string };

// SQS's part of the world's types (the core declares these registries empty).
declare module '../../../engine/state' {
  interface ServiceStates {
    sqs: SqsState;
  }
}
declare module '../../../engine/events' {
  interface ServiceEvents {
    sqs: SqsEvent;
  }
}
declare module '../../../engine/tasks' {
  interface ServiceTasks {
    sqs: SqsTask;
  }
}
declare module '../../../engine/gauges' {
  interface ServiceGauges {
    /** By queue name. */
    sqs: Record<string, QueueGauges>;
  }
}
declare module '../../../engine/scenario/types' {
  interface NodeConfigs {
    'sqs-queue': NodeConfig<QueueNodeConfig>;
    producer: NodeConfig<ProducerConfig>;
    consumer: NodeConfig<ConsumerConfig>;
    'lambda-sqs': NodeConfig<LambdaSqsConfig>;
    'autoscaling-consumers': NodeConfig<AutoscalingConfig>;
  }
  interface ServiceEdgeTypes {
    sqs: 'sends-to' | 'consumes-from' | 'dead-letter' | 'triggers' | 'replies-to';
  }
  interface ServiceEdgeMembers {
    /** A dead-letter edge's RedrivePolicy maxReceiveCount. */
    maxReceiveCount?: number;
  }
}
declare module '../../../engine/scenario/load' {
  interface ServiceLoaded {
    /** QueueUrl by queue node id. */
    queueUrls: Record<string, string>;
    /** QueueArn by queue node id. */
    queueArns: Record<string, string>;
  }
}
