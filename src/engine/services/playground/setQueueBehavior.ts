import { AwsError } from '../../core/errors';
import { asInput, type Input } from '../../core/input';
import type { Sim } from '../../sim';
import { queueFromInput } from '../sqs/queues';

/**
 * DuplicateProbability and ReorderProbability (0–1, default 0) of a standard queue: how often a
 * receive also leaves a second copy behind, and how often a later message overtakes. Seeded.
 */
export function setQueueBehavior(sim: Sim, raw: unknown): Record<string, number> {
  const input = asInput(raw);
  const queue = queueFromInput(sim.state.sqs, input);
  const duplicate = probability(input, 'DuplicateProbability', queue.behavior.duplicateProbability);
  const reorder = probability(input, 'ReorderProbability', queue.behavior.reorderProbability);
  if (queue.fifo && (duplicate > 0 || reorder > 0)) {
    throw new AwsError(
      'ValidationException',
      'FIFO queues deliver exactly once and in order: duplicates and reordering apply to standard queues only.',
    );
  }
  queue.behavior = { duplicateProbability: duplicate, reorderProbability: reorder };
  return { DuplicateProbability: duplicate, ReorderProbability: reorder };
}

function probability(input: Input, name: string, current: number): number {
  const value = input[name];
  if (value === undefined) return current;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new AwsError('ValidationException', `${name} must be a number from 0 to 1.`);
  }
  return value;
}
