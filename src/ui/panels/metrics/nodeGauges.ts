import type { ScenarioNode } from '../../../engine';
import type { ChartGroup } from '../../plugins/plugin';
import { displayName, uiServices } from '../../plugins/registry';
import { gaugeKey } from './recorder';

/** Where a node's numbers are recorded, what it is called, and the charts its service draws. */
export interface NodeGauges {
  readonly key: string;
  readonly name: string;
  readonly groups: readonly ChartGroup[];
}

/** A resource's gauges are its service's, by its name; an actor's are the core's, by its id. */
export function nodeGauges(node: ScenarioNode): NodeGauges {
  const service = uiServices.find((s) => s.nodes.some((k) => k.type === node.type));
  const kind = service?.description.scenario?.nodes?.find((k) => k.type === node.type);
  if (service !== undefined && kind?.role === 'resource') {
    const name = displayName(node);
    return { key: gaugeKey(service.name, name), name, groups: service.charts?.resource ?? [] };
  }
  return {
    key: gaugeKey('actors', node.id),
    name: node.id,
    groups: service?.charts?.actor ?? [],
  };
}
