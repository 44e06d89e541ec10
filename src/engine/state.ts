import { createRngState, type RngState } from './core/rng';
import { createSchedulerState, type SchedulerState } from './core/scheduler';
import type { IdState } from './core/ids';
import { createActorsState, type ActorsState } from './actors/state';
import { createSqsState, type SqsState } from './services/sqs/model';
import { createKmsState, type KmsState } from './services/kms/model';
import type { Task } from './tasks';

/** Everything the world is, as data: cloning this is a snapshot. */
export interface WorldState {
  scheduler: SchedulerState<Task>;
  rng: RngState;
  ids: IdState;
  sqs: SqsState;
  kms: KmsState;
  actors: ActorsState;
}

/** 2025-01-01T00:00:00Z: every world starts at the same instant, so runs compare bit for bit. */
export const EPOCH_START = 1_735_689_600_000;

export function createWorldState(seed: number, startTime = EPOCH_START): WorldState {
  return {
    scheduler: createSchedulerState<Task>(startTime),
    rng: createRngState(seed),
    ids: {},
    sqs: createSqsState(),
    kms: createKmsState(),
    actors: createActorsState(),
  };
}
