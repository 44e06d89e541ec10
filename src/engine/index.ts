/**
 * The engine's public door. Everything else under src/engine is internal.
 *
 *   const engine = createEngine({ seed: 7 });
 *   await engine.call('sqs', 'CreateQueue', { QueueName: 'orders' });
 *   engine.advanceBy(5_000);
 *   engine.drain();
 */
export { AwsError } from './engine';
export * from './world';
export { describe, type Described } from './described';
export type { ServiceDescription } from './plugin';
export type { Engine, EngineOptions, EngineSnapshot } from './engine';
export type { EngineEvent, ActorEvent } from './events';
export type { SqsEvent } from '../services/sqs/engine/events';
export type { SnsEvent } from '../services/sns/engine/events';
export type { WorldGauges, HeldGauges } from './gauges';
export type { QueueGauges } from '../services/sqs/engine/gauges';
export type { TopicGauges } from '../services/sns/engine/gauges';
export type { S3Event } from '../services/s3/engine/events';
export type { BucketGauges } from '../services/s3/engine/gauges';
export { EPOCH_START } from './state';
export { SCRIPT_ACTOR_ID, LANE_TITLE_MAX } from './scenario';
export type * from './scenario/types';
export type { LoadedScenario } from './scenario/load';
export type { ConnectionVerdict } from './scenario/kinds';
export { settingApplies, settingName, valueAt } from './scenario/settings';
export type { SettingSchema } from './scenario/settings';
export type { ConnectResult } from './scenario/connect';
export type { QueueNodeConfig } from '../services/sqs/engine/scenario/queueConfig';
export type { ScenarioKey } from '../services/kms/engine/scenario';
export type { ReceivedMessage } from '../services/sqs/engine/receiveShape';
export type { PeekedMessage } from '../services/sqs/engine/peekMessages';
