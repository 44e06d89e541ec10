import { AwsError } from '../../../engine/core/errors';
import { asInput, type Input } from '../../../engine/core/input';
import type { Sim } from '../../../engine/sim';
import { memberOf, type DecimalSetting } from '../../../engine/scenario/settings';
import { QUEUE } from './queueSettings';
import { queueFromInput } from './queues';

/**
 * DuplicateProbability, ReorderProbability and ShortPollSkipProbability (0–1, default 0) of a
 * standard queue: how often a receive also leaves a second copy behind, how often a later message
 * overtakes, and how often a short poll leaves out each of the queue's servers. Seeded.
 */
export function setQueueBehavior(sim: Sim, raw: unknown): Record<string, number> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const duplicate = probability(
    input,
    QUEUE.DuplicateProbability,
    queue.behavior.duplicateProbability,
  );
  const reorder = probability(input, QUEUE.ReorderProbability, queue.behavior.reorderProbability);
  const skip = probability(
    input,
    QUEUE.ShortPollSkipProbability,
    queue.behavior.shortPollSkipProbability,
  );
  if (queue.fifo && (duplicate > 0 || reorder > 0 || skip > 0)) {
    throw new AwsError(
      'ValidationException',
      'FIFO queues deliver exactly once and in order: duplicates, reordering and short-poll sampling apply to standard queues only.',
    );
  }
  queue.behavior = {
    duplicateProbability: duplicate,
    reorderProbability: reorder,
    shortPollSkipProbability: skip,
  };
  return {
    DuplicateProbability: duplicate,
    ReorderProbability: reorder,
    ShortPollSkipProbability: skip,
  };
}

function probability(input: Input, setting: DecimalSetting, current: number): number {
  const name = memberOf(setting);
  const value = input[name];
  if (value === undefined) return current;
  const { min, max } = setting;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new AwsError('ValidationException', `${name} must be a number from ${min} to ${max}.`);
  }
  return value;
}
