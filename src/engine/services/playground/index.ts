import type { ActionHandler } from '../../sim';
import { crashActor } from './crashActor';
import { createActor } from './createActor';
import { deleteActor } from './deleteActor';
import { describeActor } from './describeActor';
import { listActors } from './listActors';
import { peekMessages } from './peekMessages';
import { restartActor } from './restartActor';
import { setQueueBehavior } from './setQueueBehavior';
import { updateActor } from './updateActor';

/**
 * Controls that are the playground's, not AWS's: actors (producers, consumers, ...) and how often
 * a standard queue shows its at-least-once nature. Named like AWS actions for one uniform door.
 */
export const playgroundActions: Record<string, ActionHandler> = {
  CreateActor: createActor,
  CrashActor: crashActor,
  DeleteActor: deleteActor,
  DescribeActor: describeActor,
  ListActors: listActors,
  PeekMessages: peekMessages,
  RestartActor: restartActor,
  SetQueueBehavior: setQueueBehavior,
  UpdateActor: updateActor,
};
