import type { NodeProps } from '@xyflow/react';
import type { PlaygroundNode } from '../../ui/canvas/graph';
import { NodeShell } from '../../ui/canvas/nodes/NodeShell';
import type { UiService } from '../../ui/plugins/plugin';
import { echoService } from './engine';

/** The echo service's page side: one node kind, drawn in the shell's frame. */
function EchoNode({ id, data, selected }: NodeProps<PlaygroundNode>) {
  return (
    <NodeShell
      nodeId={id}
      name={String(data.node.config.EchoName)}
      kind="Echo"
      icon={null}
      accent="#888"
      selected={selected}
      settings={[]}
      live={null}
    />
  );
}

export const echoUi: UiService = {
  name: 'echo',
  description: echoService,
  nodes: [
    {
      type: 'echo',
      component: EchoNode,
      title: 'Echo',
      settings: () => null,
      idPrefix: 'echo',
      column: 1,
      palette: [{ key: 'echo', label: 'Echo', icon: null, config: () => ({ EchoName: 'hi' }) }],
    },
  ],
  edges: [],
};
