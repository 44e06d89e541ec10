import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../../../store';
import { Ec2Icon } from '../icons';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { useActorGauge } from '../../../../ui/canvas/useGauges';
import { Count, CountRow, FailedCount } from '../../../../ui/canvas/nodes/Counts';
import { COLORS, IconTile } from '../../../../ui/canvas/nodes/NodeShell';
import { ActorNodeShell } from './SqsNodeShell';
import { processingText } from './processingText';

/** A consumer program: idle / polling / processing / crashed, its jobs and its polling mode. */
export const ConsumerNode = memo(function ConsumerNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const c = data.node.config;
  const wait = typeof c.WaitTimeSeconds === 'number' ? c.WaitTimeSeconds : 20;
  const concurrency = typeof c.Concurrency === 'number' ? c.Concurrency : 1;
  // The reply handle only where replies are sent: Reply on (the inspector) or a reply edge kept.
  const hasReplyEdge = useAppStore((s) =>
    s.scenario.edges.some((e) => e.type === 'replies-to' && e.source === id),
  );
  const replies = c.Reply === true || hasReplyEdge;
  return (
    <ActorNodeShell
      nodeId={id}
      kind="Consumer"
      icon={
        <IconTile>
          <Ec2Icon size={32} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.compute}
      selected={selected}
      settings={[
        ['Polling', wait > 0 ? `long, WaitTimeSeconds ${wait}` : 'short (WaitTimeSeconds 0)'],
        ['Processing', processingText(c.ProcessingTime, 1000)],
        ['Concurrency', String(concurrency)],
      ]}
      live={<ConsumerCounts id={id} concurrency={concurrency} />}
      input="reads from a queue"
      replies={replies}
    />
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function ConsumerCounts({ id, concurrency }: { id: string; concurrency: number }) {
  const inProgress = useActorGauge(id, 'InProgress');
  const deleted = useActorGauge(id, 'Deleted');
  const failed = useActorGauge(id, 'Failed');
  return (
    <CountRow>
      <Count
        value={inProgress === undefined ? undefined : `${inProgress}/${concurrency}`}
        label="jobs"
      />
      <Count value={deleted} label="deleted" />
      <FailedCount value={failed} />
    </CountRow>
  );
}
