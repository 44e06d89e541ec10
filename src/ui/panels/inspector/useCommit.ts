import { useCallback, useState } from 'react';
import { useSim } from '../../../client/controls';
import { asAwsError } from '../../format/aws';
import { settingName, type SettingSchema } from '../../../engine';
import type { CheckRequest } from './request';
import { outOfRange } from './spec';

/** Errors that mean "the live world has no such resource yet" rather than "the value is wrong". */
const NOT_IN_WORLD = /DoesNotExist$|NotFound(Exception)?$/;

/**
 * Commits a setting: ask the live world first (it answers with the AWS error text), and only if
 * it accepts, write the value into the document — marked as already applied, so the run goes on
 * with the new value. When the world has no such resource (it is still loading, or failed to
 * load), fall back to the field's documented range; that edit restarts the run.
 */
export function useCommit(
  write: (setting: SettingSchema, value: string | undefined, appliedLive: boolean) => void,
) {
  const sim = useSim();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | undefined>(undefined);

  const commit = useCallback(
    async (setting: SettingSchema, value: string | undefined, check: CheckRequest | undefined) => {
      const name = settingName(setting);
      const refuse = (message: string) => setErrors((e) => ({ ...e, [name]: message }));
      setBusy(name);
      let appliedLive = false;
      try {
        if (check !== undefined) {
          await sim.call(check.service, check.action, check.input);
          appliedLive = true;
        }
      } catch (thrown) {
        const error = asAwsError(thrown);
        const local = value === undefined ? undefined : outOfRange(setting, value);
        const refusal = !NOT_IN_WORLD.test(error.name) ? `${error.name}: ${error.message}` : local;
        if (refusal !== undefined) {
          refuse(refusal);
          setBusy(undefined);
          return;
        }
      }
      setBusy(undefined);
      setErrors(({ [name]: _cleared, ...rest }) => rest);
      write(setting, value, appliedLive);
    },
    [sim, write],
  );

  const clearErrors = useCallback(() => setErrors({}), []);
  return { errors, busy, commit, clearErrors };
}
