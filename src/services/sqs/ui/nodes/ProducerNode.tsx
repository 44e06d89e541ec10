import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ClientIcon } from '../icons';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { useActorGauge } from '../../../../ui/canvas/useGauges';
import { Count, CountRow, FailedCount } from '../../../../ui/canvas/nodes/Counts';
import { COLORS, IconTile } from '../../../../ui/canvas/nodes/NodeShell';
import { sendingRateText } from '../../../../ui/canvas/nodes/sendingRate';
import { ActorNodeShell } from './SqsNodeShell';

/** A producer: its rate and batch (defaults from actors/producerConfig.ts) and what it sent. */
export const ProducerNode = memo(function ProducerNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const c = data.node.config;
  const batch = typeof c.BatchSize === 'number' ? c.BatchSize : 1;
  return (
    <ActorNodeShell
      nodeId={id}
      kind="Producer"
      icon={
        <IconTile light>
          <ClientIcon size={28} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.client}
      selected={selected}
      settings={[
        ['Rate', sendingRateText(c)],
        ['Batch', batch === 1 ? 'SendMessage' : `SendMessageBatch × ${batch}`],
      ]}
      live={<ProducerCounts id={id} />}
      output="sends to a queue"
    />
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function ProducerCounts({ id }: { id: string }) {
  const sent = useActorGauge(id, 'Sent');
  const failed = useActorGauge(id, 'Failed');
  return (
    <CountRow>
      <Count value={sent} label="sent" />
      <FailedCount value={failed} />
    </CountRow>
  );
}
