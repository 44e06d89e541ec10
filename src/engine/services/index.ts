import type { ServicePlugin } from '../plugin';
import { kmsService } from './kms';
import { playgroundService } from './playground';
import { sqsService } from './sqs/service';

/**
 * The services of every engine the door makes: a new service is one more line here. KMS comes
 * before SQS: a scenario's keys exist before the queues that name them.
 */
export const services: readonly ServicePlugin[] = [kmsService, sqsService, playgroundService];
