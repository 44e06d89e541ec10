import type { Engine } from '../../../../engine/engine';
import type { Made } from '../../../../engine/scenario/kinds';
import type { Scenario, ScenarioNodeOf } from '../../../../engine/scenario/types';
import { MAX_RECEIVE_COUNT } from '../queueSettings';

/**
 * Makes a scenario's queues through the door, as a user would: dead-letter queues first, so each
 * source's RedrivePolicy can name its target's ARN, then each queue's playground behaviour.
 */
export async function loadQueues(engine: Engine, scenario: Scenario, made: Made): Promise<void> {
  for (const node of queuesInRedriveOrder(scenario)) {
    const config = node.config;
    const dlqEdge = scenario.edges.find((e) => e.type === 'dead-letter' && e.source === node.id);
    const attributes: Record<string, string> = { ...(config.Attributes ?? {}) };
    if (dlqEdge !== undefined) {
      // [D] RedrivePolicy: {"deadLetterTargetArn": ..., "maxReceiveCount": ...} as a JSON string.
      attributes.RedrivePolicy = JSON.stringify({
        deadLetterTargetArn: made.get(dlqEdge.target)?.QueueArn,
        maxReceiveCount: dlqEdge.maxReceiveCount ?? MAX_RECEIVE_COUNT.default,
      });
    }
    const { QueueUrl } = await engine.call<{ QueueUrl: string }>('sqs', 'CreateQueue', {
      QueueName: config.QueueName,
      Attributes: attributes,
    });
    const { Attributes } = await engine.call<{ Attributes: { QueueArn: string } }>(
      'sqs',
      'GetQueueAttributes',
      { QueueUrl, AttributeNames: ['QueueArn'] },
    );
    made.set(node.id, { QueueUrl, QueueArn: Attributes.QueueArn });
    if (config.Behavior !== undefined)
      await engine.call('playground', 'SetQueueBehavior', { QueueUrl, ...config.Behavior });
  }
}

type Queue = ScenarioNodeOf<'sqs-queue'>;

/** Every queue after its dead-letter queue (validation rules out loops). */
function queuesInRedriveOrder(scenario: Scenario): Queue[] {
  const queues = scenario.nodes.filter((n): n is Queue => n.type === 'sqs-queue');
  const dlqOf = new Map(
    scenario.edges.filter((e) => e.type === 'dead-letter').map((e) => [e.source, e.target]),
  );
  const ordered: Queue[] = [];
  const placed = new Set<string>();
  const place = (node: Queue, depth: number) => {
    if (placed.has(node.id) || depth > queues.length) return;
    const target = queues.find((q) => q.id === dlqOf.get(node.id));
    if (target !== undefined) place(target, depth + 1);
    placed.add(node.id);
    ordered.push(node);
  };
  for (const queue of queues) place(queue, 0);
  return ordered;
}

/** The queues made, by node id, as the loader's caller reads them. */
export function loadedQueues(made: Made): {
  queueUrls: Record<string, string>;
  queueArns: Record<string, string>;
} {
  const queueUrls: Record<string, string> = {};
  const queueArns: Record<string, string> = {};
  for (const [id, queue] of made) {
    if (queue.QueueUrl !== undefined) queueUrls[id] = queue.QueueUrl;
    if (queue.QueueArn !== undefined) queueArns[id] = queue.QueueArn;
  }
  return { queueUrls, queueArns };
}
