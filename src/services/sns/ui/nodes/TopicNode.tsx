import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../../../store';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { useShownGauge } from '../../../../ui/canvas/useGauges';
import { Count, CountRow, FailedCount } from '../../../../ui/canvas/nodes/Counts';
import { FifoBadge } from '../../../../ui/canvas/nodes/FifoBadge';
import { COLORS, IconTile, NodeShell } from '../../../../ui/canvas/nodes/NodeShell';
import { isFifoTopicNode } from '../../engine/scenario/topicConfig';
import { SnsIcon } from '../icons';
import { topicNameOf } from '../names';
import { SnsHandles } from './SnsHandles';

/** An SNS topic: standard or FIFO, its subscriptions, and what CloudWatch counts for it. */
export const TopicNode = memo(function TopicNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const node = data.node;
  const name = topicNameOf(node) ?? id;
  const fifo = node.type === 'sns-topic' && isFifoTopicNode(node);
  const subscriptions = useAppStore(
    (s) => s.scenario.edges.filter((e) => e.type === 'subscription' && e.source === id).length,
  );
  return (
    <NodeShell
      nodeId={id}
      name={name}
      kind="Amazon SNS"
      icon={
        <IconTile>
          <SnsIcon size={32} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.integration}
      selected={selected}
      badge={<FifoBadge fifo={fifo} />}
      settings={[['Subscriptions', String(subscriptions)]]}
      live={<TopicCounts topic={name} />}
      handles={
        <SnsHandles
          input="messages in, from a publisher"
          output="subscribe a queue (SNS delivers each message to it)"
        />
      }
    />
  );
});

/** The topic's CloudWatch counts, on their own: a moving gauge re-renders these, not the node. */
function TopicCounts({ topic }: { topic: string }) {
  const published = useShownGauge((g) => g.sns?.[topic]?.NumberOfMessagesPublished);
  const delivered = useShownGauge((g) => g.sns?.[topic]?.NumberOfNotificationsDelivered);
  const failed = useShownGauge((g) => g.sns?.[topic]?.NumberOfNotificationsFailed);
  const filtered = useShownGauge((g) => g.sns?.[topic]?.NumberOfNotificationsFilteredOut);
  return (
    <CountRow>
      <Count value={published} label="published" />
      <Count value={delivered} label="delivered" />
      <Count value={filtered} label="filtered out" />
      <FailedCount value={failed} />
    </CountRow>
  );
}
