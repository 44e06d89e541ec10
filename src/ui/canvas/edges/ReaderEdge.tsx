import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore } from '../../../store';
import { worldIndex, type PlaygroundEdge } from '../graph';
import { queueNameOf } from '../nodeKinds';
import { useTracker } from '../useTracker';
import { edgeGeometry } from './edgePath';

/**
 * queue → reader (consumes-from, or triggers for a Lambda event source mapping). While a long
 * poll waits (sqs/poll-started until it is answered or runs out) the edge is dashed and says so.
 */
export function ReaderEdge(props: EdgeProps<PlaygroundEdge> & { color: string }) {
  const { path, mid } = edgeGeometry(props);
  const waiting = useWaitingPolls(props.source, props.target);
  const polls = waiting.length;
  const secondsLeft = polls === 0 ? 0 : Math.max(...waiting) / 1000;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd === undefined ? {} : { markerEnd: props.markerEnd })}
        style={{
          stroke: props.color,
          strokeWidth: props.selected === true ? 3 : 2,
          strokeDasharray: polls > 0 ? '6 4' : undefined,
        }}
      />
      {polls > 0 && (
        <EdgeLabelRenderer>
          <div
            className="pg-edge-label nodrag nopan pointer-events-none absolute rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 text-[10px] font-medium text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
            style={{ transform: `translate(-50%, -130%) translate(${mid.x}px, ${mid.y}px)` }}
          >
            {polls > 1 ? `${polls} long polls waiting` : 'long poll waiting'} ·{' '}
            {Math.ceil(secondsLeft)} s
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Milliseconds left of each long poll the reader has waiting on the queue. */
function useWaitingPolls(queueNodeId: string, readerNodeId: string): number[] {
  const tracker = useTracker();
  const now = useAppStore((s) => s.now);
  const queueNode = useAppStore((s) => s.scenario.nodes.find((n) => n.id === queueNodeId));
  const nodes = useAppStore((s) => s.scenario.nodes);
  const index = useMemo(() => worldIndex({ nodes, edges: [] }), [nodes]);
  const queue = queueNode === undefined ? undefined : queueNameOf(queueNode);
  const left: number[] = [];
  for (const poll of tracker.polls.values()) {
    if (poll.queue !== queue || poll.until <= now) continue;
    if (index.nodeIdOfActor(poll.by) === readerNodeId) left.push(poll.until - now);
  }
  return left;
}

export function ConsumesFromEdge(props: EdgeProps<PlaygroundEdge>) {
  return <ReaderEdge {...props} color="#64748b" />;
}

/** queue → Lambda function: the event source mapping's pollers. */
export function TriggersEdge(props: EdgeProps<PlaygroundEdge>) {
  return <ReaderEdge {...props} color="#ED7100" />;
}
