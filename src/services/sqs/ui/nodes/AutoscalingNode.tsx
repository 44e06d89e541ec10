import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { AutoScalingIcon } from '../icons';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { useActorGauge } from '../../../../ui/canvas/useGauges';
import { Count, CountRow } from '../../../../ui/canvas/nodes/Counts';
import { COLORS, IconTile } from '../../../../ui/canvas/nodes/NodeShell';
import { ActorNodeShell } from './SqsNodeShell';

/**
 * An Auto Scaling group of consumers tracking "backlog per instance" (defaults:
 * actors/autoscalingConfig.ts): instances in service of desired, and the backlog it acts on.
 */
export const AutoscalingNode = memo(function AutoscalingNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const c = data.node.config;
  const min = typeof c.MinSize === 'number' ? c.MinSize : 1;
  const max = typeof c.MaxSize === 'number' ? c.MaxSize : Math.max(min, 10);
  const target = typeof c.TargetBacklogPerInstance === 'number' ? c.TargetBacklogPerInstance : 100;
  return (
    <ActorNodeShell
      nodeId={id}
      kind="EC2 Auto Scaling consumers"
      icon={
        <IconTile>
          <AutoScalingIcon size={32} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.compute}
      selected={selected}
      settings={[
        ['Min / max', `${min} – ${max}`],
        ['Target backlog', `${target} per instance`],
      ]}
      live={<AutoscalingCounts id={id} />}
      input="reads from a queue"
    />
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function AutoscalingCounts({ id }: { id: string }) {
  const inService = useActorGauge(id, 'InService');
  const desired = useActorGauge(id, 'Desired');
  const backlog = useActorGauge(id, 'BacklogPerInstance');
  return (
    <CountRow>
      <Count
        value={inService === undefined ? undefined : `${inService}/${desired ?? '–'}`}
        label="in service / desired"
      />
      <Count value={backlog} label="backlog per instance" />
    </CountRow>
  );
}
