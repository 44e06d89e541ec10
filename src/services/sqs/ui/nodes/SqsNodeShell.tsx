import type { ReactNode } from 'react';
import { NodeShell, type NodeShellProps } from '../../../../ui/canvas/nodes/NodeShell';
import { StatusBadge } from '../../../../ui/canvas/nodes/StatusBadge';
import { useIdleNote } from '../useIdleNote';
import { NodeHandles, type NodeHandlesProps } from './NodeHandles';

type SqsNodeShellProps = Omit<NodeShellProps, 'handles'> & NodeHandlesProps;

/** The shell's node frame with SQS's connection points. */
export function SqsNodeShell({ input, output, deadLetter, replies, ...shell }: SqsNodeShellProps) {
  const handles = { input, output, deadLetter, replies };
  return <NodeShell {...shell} handles={<NodeHandles {...handles} />} />;
}

/** An SQS actor's node: named by its id, with its status badge and, unconnected, why it idles. */
export function ActorNodeShell(
  props: Omit<SqsNodeShellProps, 'name' | 'idle' | 'badge'> & { icon: ReactNode },
) {
  const idle = useIdleNote(props.nodeId);
  return (
    <SqsNodeShell
      {...props}
      name={props.nodeId}
      idle={idle}
      badge={<StatusBadge actorId={props.nodeId} />}
    />
  );
}
