import { useCallback } from 'react';
import type { ScenarioNode, SettingSchema } from '../../../../engine';
import { queueNameOf } from '../names';
import { NodeSettings } from '../../../../ui/panels/inspector/NodeSettings';
import { DeadLetterField } from './DeadLetterField';
import { queueCheck } from './queueChecks';

interface Props {
  node: ScenarioNode;
  settings: readonly SettingSchema[];
}

/** A queue's attributes, playground behaviour and, with a dead-letter edge, maxReceiveCount. */
export function QueueSettings({ node, settings }: Props) {
  const queueName = queueNameOf(node) ?? '';
  const check = useCallback(
    (setting: SettingSchema, value: string | undefined) => queueCheck(queueName, setting, value),
    [queueName],
  );
  return (
    <>
      <NodeSettings node={node} settings={settings} who={queueName} check={check} />
      <DeadLetterField node={node} queueName={queueName} />
    </>
  );
}
