import { missingParameter, optionalStringMap, type Input } from '../../../../engine/core/input';
import type { Sim } from '../../../../engine/sim';
import { hideUntil, makeVisible } from '../lifecycle';
import type { SqsQueue } from '../model';
import { afterChange } from '../polls';
import { deriveConfig, mergeAttributes, validateAttributes } from '../queueAttributes';

/** [D] Changes apply at once here (AWS may take up to 60 s to propagate them). */
export function setQueueAttributes(sim: Sim, input: Input, queue: SqsQueue): Record<string, never> {
  const attributes = optionalStringMap(input, 'Attributes');
  if (attributes === undefined) throw missingParameter('Attributes');
  const changes = validateAttributes(sim.state.sqs, attributes, {
    fifo: queue.fifo,
    arn: queue.arn,
    current: queue.attributes,
  });
  const previousDelay = queue.config.delaySeconds;
  queue.attributes = mergeAttributes(queue.attributes, changes);
  queue.config = deriveConfig(queue.attributes);
  queue.lastModifiedAt = sim.now;
  if (queue.fifo && queue.config.delaySeconds !== previousDelay)
    applyFifoDelayChange(queue, sim.now);
  sim.emit({ type: 'sqs/attributes-changed', at: sim.now, queue: queue.name, attributes: changes });
  afterChange(sim, queue);
  return {};
}

/** [D] On FIFO queues a new DelaySeconds also applies to messages still waiting out their delay. */
function applyFifoDelayChange(queue: SqsQueue, now: number): void {
  for (const message of queue.messages.values()) {
    if (message.state !== 'delayed') continue;
    const visibleAt = message.sentAt + queue.config.delaySeconds * 1000;
    if (visibleAt <= now) makeVisible(queue, message);
    else hideUntil(queue, message, 'delayed', visibleAt);
  }
}
