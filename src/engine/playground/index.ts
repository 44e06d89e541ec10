import { script } from '../actors/script';
import { defineService } from '../plugin';
import { PLAYGROUND } from '../registry';
import { crashActor } from './crashActor';
import { createActor } from './createActor';
import { deleteActor } from './deleteActor';
import { describeActor } from './describeActor';
import { listActors } from './listActors';
import { restartActor } from './restartActor';
import { updateActor } from './updateActor';

/**
 * Controls that are the playground's, not AWS's: the actors (simulated programs). Named like AWS
 * actions for one uniform door; services add their own controls (see ServicePlugin).
 */
export const playgroundService = defineService({
  name: PLAYGROUND,
  playgroundActions: {
    CreateActor: createActor,
    CrashActor: crashActor,
    DeleteActor: deleteActor,
    DescribeActor: describeActor,
    ListActors: listActors,
    RestartActor: restartActor,
    UpdateActor: updateActor,
  },
  // The scenario's script and narration, played in virtual time.
  actorKinds: { script },
});
