import type { Scenario, ScenarioNode } from '../../../engine';
import type { Renamed } from '../../plugins/plugin';
import { displayName, nodeKind, validateScenario } from '../../plugins/registry';
import { asOwnFlow } from '../../canvas/ownFlow';

export type RenameResult =
  { ok: true; scenario: Scenario; nodeId: string } | { ok: false; reason: string };

/**
 * Renames a node: a resource as its kind's naming says (a name member of its config), an actor by its id
 * (its ActorId). The scenario validator, which holds the engine's naming rules, judges the
 * result, so the canvas accepts exactly the names a share link or a file may carry. Everything
 * that named the old node follows it: for an actor, edges, lanes and script steps.
 */
export function renameNode(scenario: Scenario, node: ScenarioNode, name: string): RenameResult {
  const wanted = name.trim();
  if (wanted === displayName(node)) return { ok: false, reason: '' };
  const naming = nodeKind(node.type)?.naming;
  const id = naming === undefined ? wanted : node.id;
  const renamed =
    naming === undefined ? renameActor(scenario, node, id) : naming.rename(scenario, node, wanted);
  if (!renamed.ok) return renamed;
  const checked = validateScenario(renamed.scenario);
  if (!checked.ok) {
    // The node's own problems (its name) before what follows from them (its edges).
    const own = [`nodes[`, `node ${node.id}:`, `node ${id}:`];
    const about = checked.problems.filter((p) => own.some((start) => p.startsWith(start)));
    return { ok: false, reason: (about.length > 0 ? about : checked.problems).join(' ') };
  }
  return { ok: true, scenario: asOwnFlow(renamed.scenario), nodeId: id };
}

/** An actor's name is its node id: edges, lanes and script steps (ActorId) follow it. */
function renameActor(scenario: Scenario, node: ScenarioNode, id: string): Renamed {
  if (scenario.nodes.some((n) => n.id === id))
    return { ok: false, reason: `${id} is already the name of another node.` };
  const follow = (n: string) => (n === node.id ? id : n);
  const renamed: Scenario = {
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
  return { ok: true, scenario: renamed };
}
