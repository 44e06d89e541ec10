import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { EDGE_COLOR } from '../edgeColors';
import type { PlaygroundEdge } from '../../../../ui/canvas/graph';
import { edgeGeometry } from '../../../../ui/canvas/edges/edgePath';

/** producer → queue: SendMessage calls. */
export function SendsToEdge(props: EdgeProps<PlaygroundEdge>) {
  return <SendingEdge {...props} color={EDGE_COLOR['sends-to']} />;
}

/** consumer → reply queue: the answers a request–response consumer sends. */
export function RepliesToEdge(props: EdgeProps<PlaygroundEdge>) {
  return <SendingEdge {...props} color={EDGE_COLOR['replies-to']} />;
}

function SendingEdge(props: EdgeProps<PlaygroundEdge> & { color: string }) {
  const { path } = edgeGeometry(props);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      {...(props.markerEnd === undefined ? {} : { markerEnd: props.markerEnd })}
      className="pg-edge"
      style={{ stroke: props.color, strokeWidth: props.selected === true ? 3 : 2 }}
    />
  );
}
