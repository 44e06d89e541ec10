import type { Scenario, ScenarioNode } from '../../../../engine';
import { isFifoQueueNode } from '../../engine/scenario/queueConfig';
import { renameQueueReferences } from './queueReferences';

/**
 * A queue keeps its node id: only the places that name it change, QueueName among them, and
 * ReplyTo attributes, redrive and queue policies, script steps. The shell checks the result.
 */
export function renameQueue(
  scenario: Scenario,
  node: ScenarioNode,
  wanted: string,
): { ok: true; scenario: Scenario } | { ok: false; reason: string } {
  // [AWS CreateQueue] "A FIFO queue name must end with the .fifo suffix."
  if (node.type === 'sqs-queue' && isFifoQueueNode(node) && !wanted.endsWith('.fifo'))
    return { ok: false, reason: 'A FIFO queue name must end with the .fifo suffix.' };
  if (scenario.nodes.some((n) => n !== node && n.config.QueueName === wanted))
    return { ok: false, reason: `${wanted} is already the name of another node.` };
  const old = String(node.config.QueueName);
  return {
    ok: true,
    scenario: {
      ...scenario,
      nodes: scenario.nodes.map((n) => {
        const config = renameQueueReferences(n.config, old, wanted);
        return config === n.config ? n : { ...n, config };
      }),
      ...(scenario.script === undefined
        ? {}
        : { script: renameQueueReferences(scenario.script, old, wanted) }),
    },
  };
}
