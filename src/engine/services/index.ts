import type { Services } from '../sim';
import { kmsActions } from './kms';
import { playgroundActions } from './playground';
import { sqsActions } from './sqs';

/** The services reachable through `engine.call(service, action, input)`. */
export const services: Services = {
  actions: {
    sqs: sqsActions,
    kms: kmsActions,
    playground: playgroundActions,
  },
};
