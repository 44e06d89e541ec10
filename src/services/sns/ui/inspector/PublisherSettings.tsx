import { useCallback } from 'react';
import type { ScenarioNode, SettingSchema } from '../../../../engine';
import { NodeSettings } from '../../../../ui/panels/inspector/NodeSettings';
import type { Patch } from '../../../../ui/panels/inspector/spec';

interface Props {
  node: ScenarioNode;
  settings: readonly SettingSchema[];
}

/** A publisher's knobs, checked by UpdateActor in the live world. */
export function PublisherSettings({ node, settings }: Props) {
  const check = useCallback(
    (_setting: SettingSchema, _value: string | undefined, patch: Patch) => ({
      service: 'playground',
      action: 'UpdateActor',
      input: { ActorId: node.id, Config: patch },
    }),
    [node.id],
  );
  return <NodeSettings node={node} settings={settings} who={node.id} check={check} />;
}
