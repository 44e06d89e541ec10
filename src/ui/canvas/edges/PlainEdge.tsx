import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { PlaygroundEdge } from '../graph';
import { edgeGeometry } from './edgePath';

/** An edge with nothing to say but its colour: calls from a sender to what it sends to. */
export function PlainEdge(props: EdgeProps<PlaygroundEdge> & { color: string }) {
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
