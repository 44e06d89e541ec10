import { isRecord } from '../actors/config';

/**
 * A node kind's settings as data: each entry says where a value lives in the node's config, its
 * type, range, default and help, and when it applies. The engine's config readers take their
 * ranges and defaults from these entries and the inspector draws its fields from them, so a range
 * or a default is written once.
 */
export type SettingPath = readonly string[];

/** When a setting applies, read from the node's config. */
export type SettingCondition =
  /** The member holds a value: an optional block that is on, a KMS key that is set ("" is not). */
  | { readonly path: SettingPath; readonly set: true }
  /** The member reads as `equals` (an absent member as `absent`): DeleteBatch true. */
  | {
      readonly path: SettingPath;
      readonly equals: string | boolean;
      readonly absent?: string | boolean;
    }
  /** A text member ends (with `not`: does not end) with this (a name's suffix that marks a kind). */
  | { readonly path: SettingPath; readonly endsWith: string; readonly not?: true };

interface Common {
  /** Where the value lives in the node's config. */
  readonly path: SettingPath;
  /** The name shown, AWS's where AWS has one; absent: the path joined with ".". */
  readonly name?: string;
  readonly help?: string;
  /** Applies only when this holds (FIFO-only attributes, members of an optional block). */
  readonly when?: SettingCondition;
  /** Shown, not edited here (a resource's name changes by renaming). */
  readonly readOnly?: true;
  /** Stored as text, as AWS keeps some attributes ("30", "true"). */
  readonly stored?: 'string';
  /** Turning this on (true, or text that is not empty) removes these members: they exclude it. */
  readonly excludes?: readonly SettingPath[];
}

interface Numeric extends Common {
  readonly min: number;
  readonly max: number;
  readonly default?: number;
  /** Absent, it takes another member's value (DesiredCapacity starts at MinSize). */
  readonly defaultFrom?: string;
  /** What the number counts: "seconds", "ms", "bytes". */
  readonly unit?: string;
}

export interface IntegerSetting extends Numeric {
  readonly type: 'integer';
}

export interface DecimalSetting extends Numeric {
  readonly type: 'decimal';
  /** The minimum itself is refused: "more than 0". */
  readonly above?: true;
}

export interface TextSetting extends Common {
  readonly type: 'text';
  readonly default?: string;
  readonly nonEmpty?: true;
  readonly maxLength?: number;
  /** Long text: a policy document, a body template. */
  readonly multiline?: true;
  /** What a valid value looks like, when a length does not say it: "12 digits". */
  readonly format?: string;
}

export interface BooleanSetting extends Common {
  readonly type: 'boolean';
  readonly default?: boolean;
  /** True is stored as a list holding this one member: FunctionResponseTypes. */
  readonly listOf?: string;
}

export interface ChoiceSetting extends Common {
  readonly type: 'choice';
  readonly choices: readonly string[];
  readonly default?: string;
  /**
   * Choosing one writes the enclosing object afresh: the choice and these members with their
   * starting values (a distribution's parameters; members of another one are refused).
   */
  readonly variants?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** An optional object of settings: on with its members' defaults ({}), or off (absent). */
export interface BlockSetting extends Common {
  readonly type: 'block';
}

export type SettingSchema =
  IntegerSetting | DecimalSetting | TextSetting | BooleanSetting | ChoiceSetting | BlockSetting;

export function settingName(setting: SettingSchema): string {
  return setting.name ?? setting.path.join('.');
}

/** The member a config reader checks: the last step of the path. */
export function memberOf(setting: SettingSchema): string {
  return setting.path[setting.path.length - 1] ?? '';
}

export function valueAt(config: unknown, path: SettingPath): unknown {
  let node = config;
  for (const key of path) {
    // Own members only: a shared scenario's keys are untrusted ("__proto__" is no member).
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Whether a value turns a setting on, so that the members it excludes go: true, or text that is not empty. */
export function turnsOn(setting: SettingSchema, value: unknown): boolean {
  if (setting.type === 'boolean') return value === true || value === 'true';
  return value !== undefined && value !== '';
}

export function settingApplies(setting: SettingSchema, config: unknown): boolean {
  const when = setting.when;
  if (when === undefined) return true;
  const value = valueAt(config, when.path);
  if ('set' in when) return value !== undefined && value !== null && value !== '';
  if ('equals' in when) return (value ?? when.absent) === when.equals;
  const ends = typeof value === 'string' && value.endsWith(when.endsWith);
  return when.not === true ? !ends : ends;
}

/**
 * Another kind's settings kept in one member of this one's config (an auto scaling group's
 * launch template holds a consumer's): paths, names and conditions move under `key`.
 */
export function within(key: string, settings: readonly SettingSchema[]): SettingSchema[] {
  return settings.map((setting) => ({
    ...setting,
    path: [key, ...setting.path],
    name: `${key}.${settingName(setting)}`,
    ...(setting.when === undefined
      ? {}
      : { when: { ...setting.when, path: [key, ...setting.when.path] } }),
  }));
}
