import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { useActorGauge } from '../../../../ui/canvas/useGauges';
import { Count, CountRow, FailedCount } from '../../../../ui/canvas/nodes/Counts';
import { COLORS, IconTile, NodeShell } from '../../../../ui/canvas/nodes/NodeShell';
import { sendingRateText } from '../../../../ui/canvas/nodes/sendingRate';
import { StatusBadge } from '../../../../ui/canvas/nodes/StatusBadge';
import { ClientIcon } from '../icons';
import { useIdleNote } from '../useIdleNote';
import { SnsHandles } from './SnsHandles';

/** A publisher: its rate (default from the engine's settings) and what it published. */
export const PublisherNode = memo(function PublisherNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const c = data.node.config;
  const attributes =
    typeof c.MessageAttributes === 'object' && c.MessageAttributes !== null
      ? Object.keys(c.MessageAttributes).join(', ')
      : '';
  const idle = useIdleNote(id);
  return (
    <NodeShell
      nodeId={id}
      name={id}
      kind="Publisher"
      icon={
        <IconTile light>
          <ClientIcon size={28} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.client}
      selected={selected}
      badge={<StatusBadge actorId={id} />}
      idle={idle}
      settings={[
        ['Rate', sendingRateText(c)],
        ['Attributes', attributes === '' ? 'none' : attributes],
      ]}
      live={<PublisherCounts id={id} />}
      handles={<SnsHandles output="publishes to a topic" />}
    />
  );
});

function PublisherCounts({ id }: { id: string }) {
  const published = useActorGauge(id, 'Published');
  const failed = useActorGauge(id, 'Failed');
  return (
    <CountRow>
      <Count value={published} label="published" />
      <FailedCount value={failed} />
    </CountRow>
  );
}
