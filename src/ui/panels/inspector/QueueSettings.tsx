import { useCallback, useMemo } from 'react';
import type { ScenarioNode } from '../../../engine';
import { useAppStore } from '../../../store';
import { queueArnOf, queueUrlOf } from '../../format/aws';
import { queueNameOf } from '../../../protocol/scenarioLookup';
import { queueSpecs, type QueueFieldSpec } from './queueSpecs';
import { SpecList } from './SpecList';
import { SettingField } from './SettingField';
import type { FieldSpec } from './spec';
import { useCommit } from './useCommit';
import { patchNodeConfig, setEdgeMaxReceiveCount } from './writeNode';

/** A queue's attributes, playground behaviour and, with a dead-letter edge, maxReceiveCount. */
export function QueueSettings({ node }: { node: ScenarioNode }) {
  const edit = useAppStore((s) => s.edit);
  const queueName = queueNameOf(node) ?? '';
  const specs = useMemo(() => queueSpecs(queueName), [queueName]);
  const write = useCallback(
    (spec: FieldSpec, value: string | undefined, appliedLive: boolean) =>
      edit(
        (s) => patchNodeConfig(s, node.id, spec.patch(node.config, value)),
        `${spec.id} of ${queueName} ${value === undefined ? 'reset to default' : `set to ${value}`}`,
        { appliedLive },
      ),
    [edit, node, queueName],
  );
  const { errors, busy, commit } = useCommit(write);
  const checkOf = useCallback(
    (spec: FieldSpec, value: string | undefined) => (spec as QueueFieldSpec).check(value),
    [],
  );
  return (
    <>
      <SpecList
        specs={specs}
        config={node.config}
        errors={errors}
        busy={busy}
        checkOf={checkOf}
        commit={commit}
      />
      <DeadLetterField node={node} queueName={queueName} />
    </>
  );
}

const MAX_RECEIVE_COUNT: FieldSpec = {
  id: 'RedrivePolicy.maxReceiveCount',
  kind: 'integer',
  min: 1,
  max: 1000,
  range: '1–1,000 receives',
  defaultValue: '10',
  help: 'Receives before SQS moves a message to the dead-letter queue instead of returning it.',
  read: () => undefined,
  patch: () => ({}),
};

function DeadLetterField({ node, queueName }: { node: ScenarioNode; queueName: string }) {
  const edit = useAppStore((s) => s.edit);
  const edge = useAppStore((s) =>
    s.scenario.edges.find((e) => e.type === 'dead-letter' && e.source === node.id),
  );
  const dlqName = useAppStore((s) => {
    const target = s.scenario.nodes.find((n) => n.id === edge?.target);
    return target === undefined ? undefined : queueNameOf(target);
  });
  const write = useCallback(
    (_spec: FieldSpec, value: string | undefined, appliedLive: boolean) => {
      if (edge === undefined) return;
      edit(
        (s) => setEdgeMaxReceiveCount(s, edge.id, value === undefined ? undefined : Number(value)),
        `maxReceiveCount of ${queueName} ${value === undefined ? 'reset to default' : `set to ${value}`}`,
        { appliedLive },
      );
    },
    [edit, edge, queueName],
  );
  const { errors, busy, commit } = useCommit(write);
  if (edge === undefined || dlqName === undefined) return null;
  const spec = {
    ...MAX_RECEIVE_COUNT,
    help: `${MAX_RECEIVE_COUNT.help} Dead-letter queue: ${dlqName}.`,
  };
  return (
    <SettingField
      spec={spec}
      value={edge.maxReceiveCount === undefined ? undefined : String(edge.maxReceiveCount)}
      error={errors[spec.id]}
      busy={busy !== undefined}
      onCommit={(value) =>
        void commit(spec, value, {
          service: 'sqs',
          action: 'SetQueueAttributes',
          input: {
            QueueUrl: queueUrlOf(queueName),
            Attributes: {
              // [D] RedrivePolicy is a JSON string; maxReceiveCount 1–1,000.
              RedrivePolicy: JSON.stringify({
                deadLetterTargetArn: queueArnOf(dlqName),
                maxReceiveCount:
                  value === undefined ? 10 : /^\d+$/.test(value) ? Number(value) : value,
              }),
            },
          },
        })
      }
    />
  );
}
