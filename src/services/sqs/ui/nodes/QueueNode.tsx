import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { SqsIcon } from '../icons';
import { useAppStore } from '../../../../store';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { isFifoQueueNode as isFifoQueue, queueNameOf } from '../../engine/scenario/queueConfig';
import { useQueueCounts } from '../live/useQueueGauges';
import { Count, CountRow } from '../../../../ui/canvas/nodes/Counts';
import { FifoBadge } from '../../../../ui/canvas/nodes/FifoBadge';
import { COLORS, IconTile, secondsText } from '../../../../ui/canvas/nodes/NodeShell';
import { SqsNodeShell } from './SqsNodeShell';
import { QueueChips } from './QueueChips';

/** An SQS queue: its key settings, live counts from the gauges, and its messages as chips. */
export const QueueNode = memo(function QueueNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const { node } = data;
  // React Flow draws this component for queue nodes only.
  const queue = node.type === 'sqs-queue' ? node : undefined;
  const name = (queue === undefined ? undefined : queueNameOf(queue)) ?? id;
  const fifo = queue !== undefined && isFifoQueue(queue);
  const attributes = queue?.config.Attributes ?? {};
  const maxReceiveCount = useAppStore(
    (s) =>
      s.scenario.edges.find((e) => e.type === 'dead-letter' && e.source === id)?.maxReceiveCount,
  );
  const settings: [string, string][] = [
    ['VisibilityTimeout', secondsText(attributes.VisibilityTimeout, 30)],
    ['DelaySeconds', secondsText(attributes.DelaySeconds, 0)],
    ['ReceiveMessageWaitTimeSeconds', secondsText(attributes.ReceiveMessageWaitTimeSeconds, 0)],
  ];
  if (maxReceiveCount !== undefined) settings.push(['maxReceiveCount', String(maxReceiveCount)]);
  return (
    <SqsNodeShell
      nodeId={id}
      name={name}
      kind="Amazon SQS"
      icon={
        <IconTile>
          <SqsIcon size={32} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.integration}
      selected={selected}
      badge={<FifoBadge fifo={fifo} />}
      settings={settings}
      live={<QueueCounts queue={name} />}
      input="messages in, from a producer"
      output="read by a consumer, Lambda function or consumer group"
      deadLetter
    >
      <QueueChips queue={name} />
    </SqsNodeShell>
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function QueueCounts({ queue }: { queue: string }) {
  const { visible, inflight, delayed } = useQueueCounts(queue);
  return (
    <CountRow>
      <Count value={visible} label="visible" />
      <Count value={inflight} label="in flight" />
      <Count value={delayed} label="delayed" />
    </CountRow>
  );
}
