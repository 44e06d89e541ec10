import type { NodeConfig } from '../../../engine/scenario/types';
import type { PublisherConfig } from './actors/publisherConfig';
import type { SnsEvent } from './events';
import type { TopicGauges } from './gauges';
import type { SnsState } from './model';
import type { TopicNodeConfig } from './scenario/topicConfig';

/** SNS's scheduled work: one delivery (or retry) of a notification to one subscription. */
export type SnsTask = {
  kind: 'sns/deliver';
  notification: number;
  subscription: string;
  /** 1 for the first try, then one more per retry. */
  attempt: number;
};

// SNS's part of the world's types (the core declares these registries empty).
declare module '../../../engine/state' {
  interface ServiceStates {
    sns: SnsState;
  }
}
declare module '../../../engine/events' {
  interface ServiceEvents {
    sns: SnsEvent;
  }
}
declare module '../../../engine/tasks' {
  interface ServiceTasks {
    sns: SnsTask;
  }
}
declare module '../../../engine/gauges' {
  interface ServiceGauges {
    /** By topic name. */
    sns: Record<string, TopicGauges>;
  }
}
declare module '../../../engine/scenario/types' {
  interface NodeConfigs {
    'sns-topic': NodeConfig<TopicNodeConfig>;
    publisher: NodeConfig<PublisherConfig>;
  }
  interface ServiceEdgeTypes {
    sns: 'publishes-to' | 'subscription';
  }
}
declare module '../../../engine/scenario/load' {
  interface ServiceLoaded {
    /** TopicArn by topic node id. */
    topicArns: Record<string, string>;
  }
}
