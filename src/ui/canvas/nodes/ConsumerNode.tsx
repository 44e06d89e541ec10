import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { Ec2Icon } from '../../icons/aws';
import type { PlaygroundNode } from '../graph';
import { useActorGauge } from '../useGauges';
import { COLORS, Count, FailedCount, IconTile, NodeShell } from './NodeShell';
import { StatusBadge } from './StatusBadge';
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
  return (
    <NodeShell
      nodeId={id}
      name={id}
      kind="Consumer"
      icon={
        <IconTile>
          <Ec2Icon size={32} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.compute}
      selected={selected}
      badge={<StatusBadge actorId={id} />}
      settings={[
        ['Polling', wait > 0 ? `long, WaitTimeSeconds ${wait}` : 'short (WaitTimeSeconds 0)'],
        ['Processing', processingText(c.ProcessingTime, 1000)],
        ['Concurrency', String(concurrency)],
      ]}
      live={<ConsumerCounts id={id} concurrency={concurrency} />}
      inputs
      inputTitle="Reads from: drag from a queue's right handle to here"
      replies
    />
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function ConsumerCounts({ id, concurrency }: { id: string; concurrency: number }) {
  const inProgress = useActorGauge(id, 'InProgress');
  const deleted = useActorGauge(id, 'Deleted');
  const failed = useActorGauge(id, 'Failed');
  return (
    <div className="flex flex-wrap justify-between gap-x-2">
      <Count
        value={inProgress === undefined ? undefined : `${inProgress}/${concurrency}`}
        label="jobs"
      />
      <Count value={deleted} label="deleted" />
      <FailedCount value={failed} />
    </div>
  );
}
