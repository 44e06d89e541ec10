import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { LambdaIcon } from '../icons';
import type { NodeConfigs } from '../../../../engine';
import type { PlaygroundNode } from '../../../../ui/canvas/graph';
import { useActorGauge } from '../../../../ui/canvas/useGauges';
import { Count, CountRow, FailedCount } from '../../../../ui/canvas/nodes/Counts';
import { COLORS, IconTile } from '../../../../ui/canvas/nodes/NodeShell';
import { ActorNodeShell } from './SqsNodeShell';

/** A Lambda function behind an SQS event source mapping (defaults: actors/lambdaSqsConfig.ts). */
export const LambdaNode = memo(function LambdaNode({
  id,
  data,
  selected,
}: NodeProps<PlaygroundNode>) {
  const { node } = data;
  // React Flow draws this component for Lambda nodes only.
  const c: NodeConfigs['lambda-sqs'] = node.type === 'lambda-sqs' ? node.config : {};
  const batch = typeof c.BatchSize === 'number' ? c.BatchSize : 10;
  const scaling = c.ScalingConfig;
  const max = scaling?.MaximumConcurrency ?? 1000;
  const timeout = typeof c.Timeout === 'number' ? c.Timeout : 3;
  const partial =
    Array.isArray(c.FunctionResponseTypes) &&
    c.FunctionResponseTypes.includes('ReportBatchItemFailures');
  return (
    <ActorNodeShell
      nodeId={id}
      kind="AWS Lambda"
      icon={
        <IconTile>
          <LambdaIcon size={32} aria-hidden="true" />
        </IconTile>
      }
      accent={COLORS.lambda}
      selected={selected}
      settings={[
        ['BatchSize', String(batch)],
        ['MaximumConcurrency', scaling === undefined ? 'up to 1,000' : String(max)],
        ['Timeout', `${timeout} s`],
        ...(partial ? ([['Responses', 'partial batch']] as [string, string][]) : []),
      ]}
      live={<LambdaCounts id={id} />}
      input="triggered by a queue"
    />
  );
});

/** The live counts, on their own: a gauge that moves re-renders these, not the node. */
function LambdaCounts({ id }: { id: string }) {
  const running = useActorGauge(id, 'ConcurrentExecutions');
  const invocations = useActorGauge(id, 'Invocations');
  const failed = useActorGauge(id, 'Failed');
  const status = useActorGauge(id, 'Status');
  const advice = useActorGauge(id, 'Advice');
  // Lambda refused the event source mapping: the node says why instead of showing zeros.
  if (status === 'refused')
    return <p className="text-xs text-red-800 dark:text-red-200">{String(advice)}</p>;
  return (
    <CountRow>
      <Count value={running} label="running" />
      <Count value={invocations} label="invocations" />
      <FailedCount value={failed} />
    </CountRow>
  );
}
