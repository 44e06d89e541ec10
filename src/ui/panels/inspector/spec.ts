/**
 * A setting the inspector shows: its AWS (or playground) name, how it is edited, its range and
 * default as AWS documents them, and how it reads from and writes into a node's config.
 */
export type FieldKind = 'integer' | 'decimal' | 'text' | 'textarea' | 'boolean' | 'choice';

export type Config = Record<string, unknown>;

/** Top-level config members to change; `undefined` removes the member (its default applies). */
export type Patch = Record<string, unknown>;

export interface FieldSpec {
  /** Unique within a node; also the AWS name shown (e.g. "VisibilityTimeout", "Heartbeat.IntervalSeconds"). */
  id: string;
  kind: FieldKind;
  /** What the range reads as next to the field: "0–43,200 seconds". */
  range?: string;
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** The value in effect when the setting is absent; undefined: "none". */
  defaultValue: string | undefined;
  help?: string;
  readOnly?: boolean;
  /** Shown only when this holds (FIFO-only settings, members of an optional block). */
  visible?: (config: Config) => boolean;
  read: (config: Config) => string | undefined;
  /** The members to change for `value`; undefined means "back to default". */
  patch: (config: Config, value: string | undefined) => Patch;
}

export function parseValue(kind: FieldKind, value: string): unknown {
  switch (kind) {
    case 'integer':
    case 'decimal':
      return value.trim() === '' ? undefined : Number(value);
    case 'boolean':
      return value === 'true';
    default:
      return value;
  }
}

/** Reads `path` of a config, as the string an input shows. */
export function readPath(config: Config, path: readonly string[]): string | undefined {
  let node: unknown = config;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Config)[key];
  }
  if (node === undefined || node === null) return undefined;
  return typeof node === 'object' ? JSON.stringify(node) : String(node);
}

/** The top-level patch that sets (or, with undefined, removes) `path` to `value`. */
export function patchPath(config: Config, path: readonly string[], value: unknown): Patch {
  const [head, ...rest] = path;
  if (head === undefined) return {};
  if (rest.length === 0) return { [head]: value };
  const inner = config[head];
  const base: Config = typeof inner === 'object' && inner !== null ? { ...(inner as Config) } : {};
  const child = patchPath(base, rest, value);
  const merged: Config = { ...base, ...child };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  return { [head]: merged };
}

/** A field at a path of the config, with the value parsed by its kind. */
export function atPath(
  path: readonly string[],
  spec: Omit<FieldSpec, 'id' | 'read' | 'patch'> & { id?: string },
): FieldSpec {
  return {
    id: spec.id ?? path.join('.'),
    ...spec,
    read: (config) => readPath(config, path),
    patch: (config, value) =>
      patchPath(config, path, value === undefined ? undefined : parseValue(spec.kind, value)),
  };
}

/** Applies a patch to a config: undefined members are removed. */
export function applyPatch(config: Config, patch: Patch): Config {
  const next: Config = { ...config, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
  return next;
}

/** Local check of a number against its range, for when the live world cannot be asked. */
export function outOfRange(spec: FieldSpec, value: string): string | undefined {
  if (spec.kind !== 'integer' && spec.kind !== 'decimal') return undefined;
  const n = Number(value);
  const whole = spec.kind === 'integer' ? Number.isInteger(n) : Number.isFinite(n);
  if (
    value.trim() === '' ||
    !whole ||
    (spec.min !== undefined && n < spec.min) ||
    (spec.max !== undefined && n > spec.max)
  )
    return `${spec.id} must be ${spec.kind === 'integer' ? 'a whole number' : 'a number'} in ${spec.range ?? 'range'}.`;
  return undefined;
}
