import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { Ec2Icon } from '../../icons/aws';
import type { PlaygroundNode } from '../graph';
import { useActorGauge } from '../useGauges';
import { COLORS, Count, IconTile, NodeShell } from './NodeShell';
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
  const status = useActorGauge(id, 'Status');
  const inProgress = useActorGauge(id, 'InProgress');
  const deleted = useActorGauge(id, 'Deleted');
  const failed = useActorGauge(id, 'Failed');
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
      badge={<StatusBadge status={status} />}
      settings={[
        ['Polling', wait > 0 ? `long, WaitTimeSeconds ${wait}` : 'short (WaitTimeSeconds 0)'],
        ['Processing', processingText(c.ProcessingTime, 1000)],
        ['Concurrency', String(concurrency)],
      ]}
      live={
        <div className="flex flex-wrap justify-between gap-x-2">
          <Count
            value={inProgress === undefined ? undefined : `${inProgress}/${concurrency}`}
            label="jobs"
          />
          <Count value={deleted} label="deleted" />
          <Count
            value={failed}
            label="failed"
            tone={Number(failed) > 0 ? 'text-red-600 dark:text-red-400' : ''}
          />
        </div>
      }
      inputs
    />
  );
});
