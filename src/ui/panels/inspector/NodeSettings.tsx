import { useCallback } from 'react';
import { settingName, type ScenarioNode, type SettingSchema } from '../../../engine';
import { useAppStore } from '../../../store';
import type { CheckRequest } from './request';
import { SpecList } from './SpecList';
import { patchSetting, type Patch } from './spec';
import { useCommit } from './useCommit';
import { patchNodeConfig } from './writeNode';

/** How the live world checks a new value (undefined: it cannot); the service's business. */
export type SettingCheck = (
  setting: SettingSchema,
  value: string | undefined,
  patch: Patch,
) => CheckRequest | undefined;

/**
 * A node's settings as its kind's schema lists them (`settings`): each value is checked by the live world
 * (`check`) and only then written to the document. `who` names the node in the edit's label.
 */
export function NodeSettings({
  node,
  settings,
  who,
  check,
}: {
  node: ScenarioNode;
  settings: readonly SettingSchema[];
  who: string;
  check: SettingCheck;
}) {
  const edit = useAppStore((s) => s.edit);
  const write = useCallback(
    (setting: SettingSchema, value: string | undefined, appliedLive: boolean) =>
      edit(
        (s) => patchNodeConfig(s, node.id, patchSetting(settings, setting, node.config, value)),
        `${settingName(setting)} of ${who} ${value === undefined ? 'reset to default' : `set to ${value}`}`,
        { appliedLive },
      ),
    [edit, node, settings, who],
  );
  const { errors, busy, commit } = useCommit(write);
  return (
    <SpecList
      settings={settings}
      config={node.config}
      errors={errors}
      busy={busy}
      onCommit={(setting, value) =>
        void commit(
          setting,
          value,
          check(setting, value, patchSetting(settings, setting, node.config, value)),
        )
      }
    />
  );
}
