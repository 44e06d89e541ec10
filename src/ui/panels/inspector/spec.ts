import { settingName, valueAt, type SettingSchema } from '../../../engine';
import { grouped } from '../../format/numbers';

/**
 * How the inspector reads, writes and describes a setting, from its entry in the engine's
 * schema alone: the same entry the engine's checks read, so no range or default is copied here.
 */
export type Config = Record<string, unknown>;

/** Top-level config members to change; `undefined` removes the member (its default applies). */
export type Patch = Record<string, unknown>;

/** The default as a field shows it ("30", "MinSize"); undefined: none. */
export function defaultText(setting: SettingSchema): string | undefined {
  switch (setting.type) {
    case 'block':
      return 'false';
    case 'integer':
    case 'decimal':
      return (
        setting.defaultFrom ?? (setting.default === undefined ? undefined : String(setting.default))
      );
    default:
      return setting.default === undefined ? undefined : String(setting.default);
  }
}

/** What the range reads as next to the field: "0–43,200 seconds", "more than 0, up to 10,000". */
export function rangeText(setting: SettingSchema): string | undefined {
  if (setting.type === 'text') return setting.format;
  if (setting.type !== 'integer' && setting.type !== 'decimal') return undefined;
  const unit = setting.unit === undefined ? '' : ` ${setting.unit}`;
  if (setting.type === 'decimal' && setting.above === true)
    return `more than ${grouped(setting.min)}, up to ${grouped(setting.max)}${unit}`;
  return `${grouped(setting.min)}–${grouped(setting.max)}${unit}`;
}

/** The setting's value in a config, as the string an input shows; undefined when absent. */
export function readSetting(setting: SettingSchema, config: Config): string | undefined {
  const value = valueAt(config, setting.path);
  if (value === undefined || value === null) return undefined;
  if (setting.type === 'block') return 'true';
  if (setting.type === 'boolean' && setting.listOf !== undefined)
    return Array.isArray(value) ? String(value.includes(setting.listOf)) : undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The value a config stores for what the input holds. */
function stored(setting: SettingSchema, value: string): unknown {
  if (setting.stored === 'string') return value;
  switch (setting.type) {
    case 'integer':
    case 'decimal':
      return value.trim() === '' ? undefined : Number(value);
    case 'boolean':
      if (setting.listOf !== undefined) return value === 'true' ? [setting.listOf] : [];
      return value === 'true';
    case 'block':
      return value === 'true' ? {} : undefined;
    default:
      return value;
  }
}

/**
 * The top-level members to change so the config holds `value` (undefined: back to default).
 * An object left empty goes too, unless it is an optional block: {} turns a block on.
 */
export function patchSetting(
  settings: readonly SettingSchema[],
  setting: SettingSchema,
  config: Config,
  value: string | undefined,
): Patch {
  const isBlock = (path: readonly string[]) =>
    settings.some((s) => s.type === 'block' && s.path.join('.') === path.join('.'));
  let path = setting.path;
  let next = value === undefined ? undefined : stored(setting, value);
  if (setting.type === 'choice' && setting.variants !== undefined) {
    // A variant writes its enclosing object afresh, so no member of another variant is left.
    path = setting.path.slice(0, -1);
    const variant = value === undefined ? undefined : setting.variants[value];
    next = variant === undefined ? undefined : { [setting.path.at(-1) ?? '']: value, ...variant };
  }
  let result = setAt(config, path, next, isBlock);
  const turnsOn = value !== undefined && value !== '' && value !== 'false';
  const excluded = turnsOn ? (setting.excludes ?? []) : [];
  for (const other of excluded) result = setAt(result, other, undefined, isBlock);
  const touched = new Set([path, ...excluded].flatMap((p) => p.slice(0, 1)));
  return Object.fromEntries([...touched].map((key) => [key, result[key]]));
}

function setAt(
  config: Config,
  path: readonly string[],
  value: unknown,
  isBlock: (path: readonly string[]) => boolean,
  at: readonly string[] = [],
): Config {
  const [head, ...rest] = path;
  if (head === undefined) return config;
  const here = [...at, head];
  let child = value;
  if (rest.length > 0) {
    const inner = valueAt(config, [head]);
    const base: Config = typeof inner === 'object' && inner !== null ? { ...inner } : {};
    const updated = setAt(base, rest, value, isBlock, here);
    child = Object.keys(updated).length === 0 && !isBlock(here) ? undefined : updated;
  }
  const next: Config = { ...config, [head]: child };
  if (child === undefined) delete next[head];
  return next;
}

/** Applies a patch to a config: undefined members are removed. */
export function applyPatch(config: Config, patch: Patch): Config {
  const next: Config = { ...config, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
  return next;
}

/** Local check of a number against its range, for when the live world cannot be asked. */
export function outOfRange(setting: SettingSchema, value: string): string | undefined {
  if (setting.type !== 'integer' && setting.type !== 'decimal') return undefined;
  const n = Number(value);
  const whole = setting.type === 'integer' ? Number.isInteger(n) : Number.isFinite(n);
  if (value.trim() === '' || !whole || n < setting.min || n > setting.max)
    return `${settingName(setting)} must be ${setting.type === 'integer' ? 'a whole number' : 'a number'} in ${rangeText(setting) ?? 'range'}.`;
  return undefined;
}
