import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../../../store';
import type { PlaygroundEdge } from '../../../../ui/canvas/graph';
import { queueNameOf } from '../names';
import { trackerFor } from '../live/useTracker';
import { worldIndex } from '../live/worldIndex';
import { EDGE_COLOR } from '../edgeColors';
import { edgeGeometry } from '../../../../ui/canvas/edges/edgePath';

/**
 * queue → reader (consumes-from, or triggers for a Lambda event source mapping). While a long
 * poll waits (sqs/poll-started until it is answered or runs out) the edge is dashed and says so.
 */
export function ReaderEdge(props: EdgeProps<PlaygroundEdge> & { color: string }) {
  const { path, mid } = edgeGeometry(props);
  const { polls, secondsLeft } = useWaitingPolls(props.source, props.target);
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
            {polls > 1 ? `${polls} long polls waiting` : 'long poll waiting'} · {secondsLeft} s
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/**
 * How many long polls the reader has waiting on the queue, and the whole seconds the longest
 * has left: numbers, so the edge re-renders when what it shows changes, not on every frame.
 */
function useWaitingPolls(
  queueNodeId: string,
  readerNodeId: string,
): { polls: number; secondsLeft: number } {
  const tracker = trackerFor(useAppStoreApi());
  const queue = useAppStore((s) => {
    const node = s.scenario.nodes.find((n) => n.id === queueNodeId);
    return node === undefined ? undefined : queueNameOf(node);
  });
  const nodes = useAppStore((s) => s.scenario.nodes);
  const index = useMemo(() => worldIndex({ nodes, edges: [] }), [nodes]);
  // Folds the milliseconds left of each poll waiting at `now`. The tracker follows the store
  // synchronously (it subscribed first), so reading it in a selector is consistent.
  const waiting = (now: number, fold: (msLeft: number, sofar: number) => number) => {
    let result = 0;
    for (const poll of tracker.polls.values()) {
      if (poll.queue !== queue || poll.until <= now) continue;
      if (index.nodeIdOfActor(poll.by) === readerNodeId) result = fold(poll.until - now, result);
    }
    return result;
  };
  const polls = useAppStore((s) => waiting(s.now, (_, count) => count + 1));
  const msLeft = useAppStore((s) => waiting(s.now, Math.max));
  return { polls, secondsLeft: Math.ceil(msLeft / 1000) };
}

export function ConsumesFromEdge(props: EdgeProps<PlaygroundEdge>) {
  return <ReaderEdge {...props} color={EDGE_COLOR['consumes-from']} />;
}

/** queue → Lambda function: the event source mapping's pollers. */
export function TriggersEdge(props: EdgeProps<PlaygroundEdge>) {
  return <ReaderEdge {...props} color={EDGE_COLOR.triggers} />;
}
