import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { PlaygroundEdge } from '../../../../ui/canvas/graph';
import { edgeGeometry } from '../../../../ui/canvas/edges/edgePath';
import { PlainEdge } from '../../../../ui/canvas/edges/PlainEdge';
import { EDGE_COLOR } from './edgeColors';
import { subscriptionLabel } from './subscriptionLabel';

/** publisher → topic: Publish calls. */
export function PublishesToEdge(props: EdgeProps<PlaygroundEdge>) {
  return <PlainEdge {...props} color={EDGE_COLOR['publishes-to']} />;
}

/**
 * topic → queue: a subscription. Its label says the protocol, raw delivery, a filter badge
 * (the policy in its tooltip) and, when the queue's policy does not let the topic send, so.
 */
export function SubscriptionEdge(props: EdgeProps<PlaygroundEdge>) {
  const { path, mid } = edgeGeometry(props);
  const label = props.data === undefined ? undefined : subscriptionLabel(props.data.edge);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd === undefined ? {} : { markerEnd: props.markerEnd })}
        className="pg-edge"
        style={{
          stroke: EDGE_COLOR.subscription,
          strokeWidth: props.selected === true ? 3 : 2,
          strokeDasharray: label?.blocked === true ? '4 4' : undefined,
        }}
      />
      {label !== undefined && (
        <EdgeLabelRenderer>
          <div
            data-testid={`subscription-label-${props.id}`}
            className="pg-edge-label nodrag nopan pointer-events-auto absolute flex items-center gap-1 rounded-full border border-pink-300 bg-white px-1.5 py-0.5 text-[10px] font-medium text-pink-900 dark:border-pink-800 dark:bg-slate-900 dark:text-pink-100"
            style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)` }}
          >
            <span>{label.words.join(' · ')}</span>
            {label.filter !== undefined && (
              <span
                className="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
                title={`FilterPolicy: ${label.filter}`}
              >
                filter
              </span>
            )}
            {label.blocked && (
              <span
                className="rounded bg-red-100 px-1 text-red-800 dark:bg-red-950 dark:text-red-100"
                title="The queue's access policy does not let this topic send: deliveries fail."
              >
                policy blocks
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
