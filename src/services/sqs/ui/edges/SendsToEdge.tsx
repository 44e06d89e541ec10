import type { EdgeProps } from '@xyflow/react';
import { EDGE_COLOR } from '../edgeColors';
import type { PlaygroundEdge } from '../../../../ui/canvas/graph';
import { PlainEdge } from '../../../../ui/canvas/edges/PlainEdge';

/** producer → queue: SendMessage calls. */
export function SendsToEdge(props: EdgeProps<PlaygroundEdge>) {
  return <PlainEdge {...props} color={EDGE_COLOR['sends-to']} />;
}

/** consumer → reply queue: the answers a request–response consumer sends. */
export function RepliesToEdge(props: EdgeProps<PlaygroundEdge>) {
  return <PlainEdge {...props} color={EDGE_COLOR['replies-to']} />;
}
