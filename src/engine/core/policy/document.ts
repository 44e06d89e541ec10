/**
 * An IAM-style policy (a resource policy, a KMS key policy) read defensively: the text is
 * untrusted (a share link, a call that sets a policy), so anything that is not a statement of the
 * expected shape is dropped rather than thrown on.
 */
export interface Statement {
  effect: 'Allow' | 'Deny';
  /** Undefined: the element is absent. */
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  /** Operator → condition key → values. */
  condition: [operator: string, key: string, values: string[]][];
}

/** "*" or the principals named per kind ("AWS", "Service", ...). */
export type PrincipalSpec = '*' | { kind: string; values: string[] }[];

const cache = new Map<string, Statement[]>();

/** The statements of a policy's JSON text, parsed once per distinct text. */
export function statementsOf(text: string | undefined): Statement[] {
  if (text === undefined || text === '') return [];
  let statements = cache.get(text);
  if (statements === undefined) {
    statements = parse(text);
    if (cache.size > 256) cache.clear();
    cache.set(text, statements);
  }
  return statements;
}

function parse(text: string): Statement[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isObject(doc)) return [];
  const raw = own(doc, 'Statement');
  const list = Array.isArray(raw) ? (raw as unknown[]) : raw === undefined ? [] : [raw];
  return list.flatMap((s) => {
    const statement = isObject(s) ? readStatement(s) : undefined;
    return statement === undefined ? [] : [statement];
  });
}

function readStatement(s: Record<string, unknown>): Statement | undefined {
  const effect = own(s, 'Effect');
  if (effect !== 'Allow' && effect !== 'Deny') return undefined;
  const statement: Statement = { effect, condition: readCondition(own(s, 'Condition')) };
  const principal = readPrincipal(own(s, 'Principal'));
  const notPrincipal = readPrincipal(own(s, 'NotPrincipal'));
  if (principal !== undefined) statement.principal = principal;
  if (notPrincipal !== undefined) statement.notPrincipal = notPrincipal;
  for (const [member, key] of [
    ['Action', 'action'],
    ['NotAction', 'notAction'],
    ['Resource', 'resource'],
    ['NotResource', 'notResource'],
  ] as const) {
    const values = strings(own(s, member));
    if (values !== undefined) statement[key] = values;
  }
  return statement;
}

function readPrincipal(value: unknown): PrincipalSpec | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return '*';
  if (!isObject(value)) return [];
  return Object.keys(value).map((kind) => ({ kind, values: strings(value[kind]) ?? [] }));
}

function readCondition(value: unknown): Statement['condition'] {
  if (!isObject(value)) return [];
  const out: Statement['condition'] = [];
  for (const operator of Object.keys(value)) {
    const keys = value[operator];
    if (!isObject(keys)) continue;
    for (const key of Object.keys(keys)) out.push([operator, key, strings(keys[key]) ?? []]);
  }
  return out;
}

/** A string or a list of strings (booleans and numbers as their text, as IAM reads them). */
function strings(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.flatMap((v) =>
    typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' ? [String(v)] : [],
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own members only: a policy's "__proto__" or "constructor" is data, never the prototype's. */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
