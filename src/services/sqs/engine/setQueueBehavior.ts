import { AwsError } from '../../../engine/core/errors';
import { asInput, type Input } from '../../../engine/core/input';
import type { Sim } from '../../../engine/sim';
import { queueFromInput } from './queues';

/**
 * DuplicateProbability, ReorderProbability and ShortPollSkipProbability (0–1, default 0) of a
 * standard queue: how often a receive also leaves a second copy behind, how often a later message
 * overtakes, and how often a short poll leaves out each of the queue's servers. Seeded.
 */
export function setQueueBehavior(sim: Sim, raw: unknown): Record<string, number> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const duplicate = probability(input, 'DuplicateProbability', queue.behavior.duplicateProbability);
  const reorder = probability(input, 'ReorderProbability', queue.behavior.reorderProbability);
  const skip = probability(
    input,
    'ShortPollSkipProbability',
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

function probability(input: Input, name: string, current: number): number {
  const value = input[name];
  if (value === undefined) return current;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new AwsError('ValidationException', `${name} must be a number from 0 to 1.`);
  }
  return value;
}
