import type { ServicePlugin } from '../engine/plugin';
import { kmsService } from './kms/engine';
import { playgroundService } from '../engine/playground';
import { s3Service } from './s3/engine/service';
import { snsService } from './sns/engine/service';
import { sqsService } from './sqs/engine/service';

/**
 * The services of every engine the door makes: a new service is one more line here. KMS comes
 * before SQS: a scenario's keys exist before the queues that name them.
 */
export const services: readonly ServicePlugin[] = [
  kmsService,
  sqsService,
  snsService,
  s3Service,
  playgroundService,
];
