import { useCallback } from 'react';
import type { ScenarioNode, SettingSchema } from '../../../../engine';
import { queueNameOf } from '../names';
import { useAppStore } from '../../../../store';
import { queueArnOf, queueUrlOf } from '../names';
import { SettingField } from '../../../../ui/panels/inspector/SettingField';
import { useCommit } from '../../../../ui/panels/inspector/useCommit';
import { MAX_RECEIVE_COUNT } from '../../engine/queueSettings';
import { setEdgeMaxReceiveCount } from './deadLetterEdge';

/** The dead-letter edge's maxReceiveCount, checked as the RedrivePolicy it becomes. */
export function DeadLetterField({ node, queueName }: { node: ScenarioNode; queueName: string }) {
  const edit = useAppStore((s) => s.edit);
  const edge = useAppStore((s) =>
    s.scenario.edges.find((e) => e.type === 'dead-letter' && e.source === node.id),
  );
  const dlqName = useAppStore((s) => {
    const target = s.scenario.nodes.find((n) => n.id === edge?.target);
    return target === undefined ? undefined : queueNameOf(target);
  });
  const write = useCallback(
    (_setting: SettingSchema, value: string | undefined, appliedLive: boolean) => {
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
  const setting = {
    ...MAX_RECEIVE_COUNT,
    help: `${MAX_RECEIVE_COUNT.help} Dead-letter queue: ${dlqName}.`,
  };
  return (
    <SettingField
      setting={setting}
      value={edge.maxReceiveCount === undefined ? undefined : String(edge.maxReceiveCount)}
      error={errors[setting.name]}
      busy={busy !== undefined}
      onCommit={(value) =>
        void commit(setting, value, {
          service: 'sqs',
          action: 'SetQueueAttributes',
          input: {
            QueueUrl: queueUrlOf(queueName),
            Attributes: {
              // [D] RedrivePolicy is a JSON string; SQS itself judges maxReceiveCount.
              RedrivePolicy: JSON.stringify({
                deadLetterTargetArn: queueArnOf(dlqName),
                maxReceiveCount:
                  value === undefined
                    ? MAX_RECEIVE_COUNT.default
                    : /^\d+$/.test(value)
                      ? Number(value)
                      : value,
              }),
            },
          },
        })
      }
    />
  );
}
