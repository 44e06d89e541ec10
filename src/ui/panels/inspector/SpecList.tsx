import { settingApplies, settingName, type SettingSchema } from '../../../engine';
import { SettingField } from './SettingField';
import { readSetting, type Config } from './spec';

interface Props {
  settings: readonly SettingSchema[];
  config: Config;
  errors: Record<string, string>;
  busy: string | undefined;
  onCommit: (setting: SettingSchema, value: string | undefined) => void;
}

/** The settings of a node that apply to its config now, each a SettingField. */
export function SpecList({ settings, config, errors, busy, onCommit }: Props) {
  return (
    <div>
      {settings
        .filter((setting) => settingApplies(setting, config))
        .map((setting) => (
          <SettingField
            key={settingName(setting)}
            setting={setting}
            value={readSetting(setting, config)}
            error={errors[settingName(setting)]}
            busy={busy !== undefined}
            onCommit={(value) => onCommit(setting, value)}
          />
        ))}
    </div>
  );
}
