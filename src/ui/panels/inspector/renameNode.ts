import type { Scenario, ScenarioNode } from '../../../engine';
import { validateScenario } from '../../services/registry';
import { asOwnFlow } from '../../canvas/ownFlow';
import { isFifoQueueNode as isFifoQueue } from '../../../services/sqs/engine/scenario/queueConfig';
import { renameQueueReferences } from './queueReferences';

export type RenameResult =
  { ok: true; scenario: Scenario; nodeId: string } | { ok: false; reason: string };

/**
 * Renames a node: a queue's QueueName, an actor's id (its ActorId). The scenario validator, which
 * holds the engine's naming rules, judges the result, so the canvas accepts exactly the names a
 * share link or a file may carry. Everything that named the old queue or actor follows it: edges,
 * lanes and script steps; for a queue also ReplyTo attributes, redrive and queue policies.
 */
export function renameNode(scenario: Scenario, node: ScenarioNode, name: string): RenameResult {
  const wanted = name.trim();
  const queue = node.type === 'sqs-queue';
  const old = queue ? String(node.config.QueueName) : node.id;
  if (wanted === old) return { ok: false, reason: '' };
  // [AWS CreateQueue] "A FIFO queue name must end with the .fifo suffix."
  if (queue && isFifoQueue(node) && !wanted.endsWith('.fifo'))
    return { ok: false, reason: 'A FIFO queue name must end with the .fifo suffix.' };
  const taken = queue
    ? scenario.nodes.some((n) => n !== node && n.config.QueueName === wanted)
    : scenario.nodes.some((n) => n.id === wanted);
  if (taken) return { ok: false, reason: `${wanted} is already the name of another node.` };
  const id = queue ? node.id : wanted;
  const renamed = queue ? renameQueue(scenario, old, wanted) : renameActor(scenario, node, id);
  const checked = validateScenario(renamed);
  if (!checked.ok) {
    // The node's own problems (its name) before what follows from them (its edges).
    const own = [`nodes[`, `node ${node.id}:`, `node ${id}:`];
    const about = checked.problems.filter((p) => own.some((start) => p.startsWith(start)));
    return { ok: false, reason: (about.length > 0 ? about : checked.problems).join(' ') };
  }
  return { ok: true, scenario: asOwnFlow(renamed), nodeId: id };
}

/** A queue keeps its node id: only the places that name it (QueueName among them) change. */
function renameQueue(scenario: Scenario, old: string, wanted: string): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      const config = renameQueueReferences(n.config, old, wanted);
      return config === n.config ? n : { ...n, config };
    }),
    ...(scenario.script === undefined
      ? {}
      : { script: renameQueueReferences(scenario.script, old, wanted) }),
  };
}

/** An actor's name is its node id: edges, lanes and script steps (ActorId) follow it. */
function renameActor(scenario: Scenario, node: ScenarioNode, id: string): Scenario {
  const follow = (n: string) => (n === node.id ? id : n);
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => (n !== node ? n : { ...n, id })),
    edges: scenario.edges.map((e) => ({
      ...e,
      source: follow(e.source),
      target: follow(e.target),
    })),
    ...(scenario.lanes === undefined
      ? {}
      : { lanes: scenario.lanes.map((l) => ({ ...l, nodes: l.nodes.map(follow) })) }),
    ...(scenario.script === undefined
      ? {}
      : {
          script: scenario.script.map((step) =>
            step.input?.ActorId === node.id
              ? { ...step, input: { ...step.input, ActorId: id } }
              : step,
          ),
        }),
  };
}
