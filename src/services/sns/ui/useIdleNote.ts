import { isUnconnected } from '../../../engine/scenario';
import { useAppStore } from '../../../store';
import { SNS_NODE_KINDS } from '../engine/scenario/kinds';

/** An SNS actor with no topic does nothing; its node says so (the engine leaves it out). */
export function useIdleNote(nodeId: string): string | undefined {
  const unconnected = useAppStore((s) => {
    const node = s.scenario.nodes.find((n) => n.id === nodeId);
    const kind = SNS_NODE_KINDS.find((k) => k.type === node?.type);
    return node !== undefined && isUnconnected(kind, s.scenario, node);
  });
  return unconnected
    ? 'Not connected to a topic: it does nothing until you connect it.'
    : undefined;
}
