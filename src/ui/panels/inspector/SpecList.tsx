import type { CheckRequest } from './request';
import { SettingField } from './SettingField';
import type { Config, FieldSpec } from './spec';

interface Props {
  specs: readonly FieldSpec[];
  config: Config;
  errors: Record<string, string>;
  busy: string | undefined;
  checkOf: (spec: FieldSpec, value: string | undefined) => CheckRequest | undefined;
  commit: (spec: FieldSpec, value: string | undefined, check: CheckRequest | undefined) => void;
}

/** The visible settings of a node, each a SettingField. */
export function SpecList({ specs, config, errors, busy, checkOf, commit }: Props) {
  return (
    <div>
      {specs
        .filter((spec) => spec.visible?.(config) ?? true)
        .map((spec) => (
          <SettingField
            key={spec.id}
            spec={spec}
            value={spec.read(config)}
            error={errors[spec.id]}
            busy={busy !== undefined}
            onCommit={(value) => commit(spec, value, checkOf(spec, value))}
          />
        ))}
    </div>
  );
}
