import type { EngineEvent } from '../events';
import type { Registry } from '../registry';
import type { Scenario, ScenarioNode } from './types';

/** The core's caller for calls made by hand: no node's. */
const BY_HAND = 'api';

/**
 * The nodes an event is about in a scenario: the resources its service names (by the names its
 * nodes give them) and the actors that acted (their node, or the node that launched them). Built
 * once per scenario, as the worker runs it over a whole run's events.
 */
export function eventNodesWith(
  registry: Registry,
  scenario: Pick<Scenario, 'nodes'>,
): (event: EngineEvent) => string[] {
  // By "<service>/<name>": two services may give their resources one name.
  const resources = new Map<string, string>();
  for (const plugin of registry.plugins)
    for (const kind of plugin.scenario?.nodes ?? [])
      if (kind.role === 'resource')
        for (const node of scenario.nodes)
          if (node.type === kind.type)
            resources.set(`${plugin.name}/${kind.name?.(node) ?? node.id}`, node.id);
  const actorNode = actorNodesWith(registry, scenario);
  return (event) => {
    const ids: string[] = [];
    const add = (id: string | undefined) => {
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    };
    const owner = registry.owner(event.type);
    const subjects = owner?.subjects?.(event);
    for (const name of subjects?.resources ?? []) add(resources.get(`${owner?.name}/${name}`));
    for (const actor of 'actor' in event ? [event.actor] : (subjects?.actors ?? []))
      if (actor !== BY_HAND) add(actorNode(actor)?.id);
    return ids;
  };
}

/**
 * The service whose actor an actor id is in a scenario's world: the service of its node's kind,
 * or of the node that launched it (a group's instances). Undefined for an actor no node accounts
 * for (one made by hand).
 */
export function actorOwnersWith(
  registry: Registry,
  scenario: Pick<Scenario, 'nodes'>,
): (actorId: string) => string | undefined {
  const actorNode = actorNodesWith(registry, scenario);
  return (actor) => {
    const node = actorNode(actor);
    return node === undefined ? undefined : registry.kindOwner(node.type);
  };
}

/** The node of each actor (its own, or the node that launched it), worked out once per actor. */
function actorNodesWith(
  registry: Registry,
  scenario: Pick<Scenario, 'nodes'>,
): (actorId: string) => ScenarioNode | undefined {
  const actorNodes = new Map<string, ScenarioNode | undefined>();
  return (actor) => {
    if (!actorNodes.has(actor))
      actorNodes.set(
        actor,
        scenario.nodes.find((n) => n.id === actor) ??
          scenario.nodes.find((n) => registry.nodeKind(n.type)?.launched?.(n, actor) === true),
      );
    return actorNodes.get(actor);
  };
}
