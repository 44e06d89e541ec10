import { asInput, optionalStringMap, requiredString } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { sqsErrors } from '../errors';
import { newQueue } from '../newQueue';
import { firstDifference, validateAttributes } from '../queueAttributes';
import { queueArn, queueByName, validateQueueName } from '../queues';
import { checkTagCount, validateTags } from '../tags';

const RECREATE_WAIT_MS = 60_000;

/**
 * [D]/[V] CreateQueue: idempotent for the same name and attribute values (a subset is enough),
 * QueueNameExists when a value differs, QueueDeletedRecently within 60 s of a deletion.
 */
export function createQueue(sim: Sim, raw: unknown): { QueueUrl: string } {
  const input = asInput(raw);
  const name = requiredString(input, 'QueueName');
  const attributes = optionalStringMap(input, 'Attributes') ?? {};
  const tags = optionalStringMap(input, 'tags') ?? {}; // [D] lower-case here, unlike TagQueue's Tags
  const fifo = attributes.FifoQueue?.toLowerCase() === 'true';
  validateQueueName(name, fifo);
  const state = sim.state.sqs;
  const arn = queueArn(state, name);
  const normalized = validateAttributes(state, attributes, { fifo, arn });
  validateTags(tags);
  checkTagCount(name, Object.keys(tags).length);

  const existing = queueByName(state, name);
  if (existing !== undefined) {
    const differs = firstDifference(existing, normalized);
    if (differs !== undefined) throw sqsErrors.queueAlreadyExists(differs);
    return { QueueUrl: existing.url };
  }
  const deletedAt = state.deletedAt.get(name);
  if (deletedAt !== undefined && sim.now - deletedAt < RECREATE_WAIT_MS) {
    throw sqsErrors.queueDeletedRecently();
  }
  const queue = newQueue(sim, name, fifo, normalized, tags);
  state.queues.set(queue.key, queue);
  state.queueKeysByName.set(name, queue.key);
  state.deletedAt.delete(name);
  sim.emit({ type: 'sqs/queue-created', at: sim.now, queue: name, fifo });
  return { QueueUrl: queue.url };
}
