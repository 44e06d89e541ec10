import { useCallback } from 'react';
import type { NodeType, ScenarioNode, SettingSchema } from '../../../../engine';
import { useAppStore } from '../../../../store';
import { ActorControls } from '../../../../ui/panels/inspector/ActorControls';
import { NodeSettings } from '../../../../ui/panels/inspector/NodeSettings';
import type { Patch } from '../../../../ui/panels/inspector/spec';

/** Kinds the engine can crash and restart (CrashActor/RestartActor). */
const CRASHABLE: readonly NodeType[] = ['consumer', 'lambda-sqs'];

interface Props {
  node: ScenarioNode;
  settings: readonly SettingSchema[];
}

/** An actor's behaviour knobs, checked by UpdateActor in the live world, and Crash / Restart. */
export function ActorSettings({ node, settings }: Props) {
  // The engine's advice on this actor's settings (e.g. a Lambda mapping's visibility timeout).
  const advice = useAppStore((s) => s.gauges.actors[node.id]?.Advice);
  const check = useCallback(
    (_setting: SettingSchema, _value: string | undefined, patch: Patch) => ({
      service: 'playground',
      action: 'UpdateActor',
      input: { ActorId: node.id, Config: patch },
    }),
    [node.id],
  );
  return (
    <>
      {CRASHABLE.includes(node.type) && <ActorControls actorId={node.id} />}
      {typeof advice === 'string' && advice !== '' && (
        <p
          role="status"
          className="mb-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
        >
          {advice}
        </p>
      )}
      <NodeSettings node={node} settings={settings} who={node.id} check={check} />
    </>
  );
}
