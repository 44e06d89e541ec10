import { useCallback, useMemo } from 'react';
import type { ScenarioNode } from '../../../engine';
import { useAppStore } from '../../../store';
import { ActorControls } from './ActorControls';
import { actorSpecs, CRASHABLE } from './actorSpecs';
import { SpecList } from './SpecList';
import type { FieldSpec } from './spec';
import { useCommit } from './useCommit';
import { patchNodeConfig } from './writeNode';

/** An actor's behaviour knobs, checked by UpdateActor in the live world, and Crash / Restart. */
export function ActorSettings({ node }: { node: ScenarioNode }) {
  const edit = useAppStore((s) => s.edit);
  const specs = useMemo(() => actorSpecs(node.type), [node.type]);
  const write = useCallback(
    (spec: FieldSpec, value: string | undefined, appliedLive: boolean) =>
      edit(
        (s) => patchNodeConfig(s, node.id, spec.patch(node.config, value)),
        `${spec.id} of ${node.id} ${value === undefined ? 'reset to default' : `set to ${value}`}`,
        { appliedLive },
      ),
    [edit, node],
  );
  const { errors, busy, commit } = useCommit(write);
  // The engine's advice on this actor's settings (e.g. a Lambda mapping's visibility timeout).
  const advice = useAppStore((s) => s.gauges.actors[node.id]?.Advice);
  const checkOf = useCallback(
    (spec: FieldSpec, value: string | undefined) => ({
      service: 'playground',
      action: 'UpdateActor',
      input: { ActorId: node.id, Config: spec.patch(node.config, value) },
    }),
    [node],
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
      <SpecList
        specs={specs}
        config={node.config}
        errors={errors}
        busy={busy}
        checkOf={checkOf}
        commit={commit}
      />
    </>
  );
}
