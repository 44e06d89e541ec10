import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { rateText } from '../../format/numbers';
import { ClientIcon } from '../../icons/aws';
import type { PlaygroundNode } from '../graph';
import { useActorGauge } from '../useGauges';
import { COLORS, Count, FailedCount, IconTile, NodeShell } from './NodeShell';
import { StatusBadge } from './StatusBadge';

/** A producer: its rate and batch (defaults from actors/producerConfig.ts) and what it sent. */
export const ProducerNode = memo(function ProducerNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const c = data.node.config;
  const rate = typeof c.MessagesPerSecond === 'number' ? c.MessagesPerSecond : 1;
  const batch = typeof c.BatchSize === 'number' ? c.BatchSize : 1;
  return (
    <NodeShell
      nodeId={id}
      name={id}
      kind="Producer"
      icon={
        <IconTile light>
          <ClientIcon size={28} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.client}
      selected={selected}
      badge={<StatusBadge actorId={id} />}
      settings={[
        ['Rate', `${rateText(rate)}${c.Arrival === 'poisson' ? ' (Poisson)' : ''}`],
        ['Batch', batch === 1 ? 'SendMessage' : `SendMessageBatch × ${batch}`],
      ]}
      live={<ProducerCounts id={id} />}
      outputs
      outputTitle="Sends to: drag from here to a queue"
    />
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function ProducerCounts({ id }: { id: string }) {
  const sent = useActorGauge(id, 'Sent');
  const failed = useActorGauge(id, 'Failed');
  return (
    <div className="flex justify-between gap-2">
      <Count value={sent} label="sent" />
      <FailedCount value={failed} />
    </div>
  );
}
