import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { PlaygroundEdge } from '../graph';
import { edgeGeometry } from './edgePath';

/** producer → queue: SendMessage calls. */
export function SendsToEdge(props: EdgeProps<PlaygroundEdge>) {
  const { path } = edgeGeometry(props);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      {...(props.markerEnd === undefined ? {} : { markerEnd: props.markerEnd })}
      className="pg-edge"
      style={{ stroke: '#E7157B', strokeWidth: props.selected === true ? 3 : 2 }}
    />
  );
}
