import { decimalOfToken } from './decimal';
import { ipOf } from './ipAddress';
import { JsonNumber, type JsonObject, type JsonValue } from './jsonReader';
import { matchCondition } from './matchExpression';
import { jsonText, refuse } from './policyError';
import type { Branch, Clause, Condition } from './types';

/**
 * The policy as alternatives (branches), the way SNS's matcher (event-ruler's JsonRuleCompiler)
 * reads it: keys are ANDed, a key's list is ORed, a nested object extends the path with "."
 * ("detail": {"state": [...]} is the key "detail.state"), and each object of "$or" forks every
 * branch built so far. The first problem in document order is the one reported.
 */
export interface Compiled {
  readonly branches: Branch[];
  /** Whether any key was reached through a nested object (MessageAttributes refuses those). */
  readonly nested: boolean;
}

/** Within a valid policy every branch counts at least once toward the 150 combinations. */
const MAX_BRANCHES = 150;

/** Operator names a key inside "$or" may not have (event-ruler's reserved field names). */
const RESERVED_IN_OR = new Set([
  ...['exactly', 'equals-ignore-case', 'prefix', 'suffix', 'anything-but', 'exists'],
  ...['wildcard', 'numeric', 'cidr', 'html', '=', '<', '<=', '>', '>=', 'regex'],
  ...['not-wildcard', 'not-equals-ignore-case', 'date-after', 'date-on-or-after'],
  ...['date-before', 'date-on-or-before', 'in-date-range'],
  ...['ip-address-in-range', 'ip-address-not-in-range'],
]);

type Rule = Map<string, Clause[]>;

export function compileBranches(root: JsonObject): Compiled {
  const state = { rules: [] as Rule[], nested: false };
  readObject(state, [], root, false);
  const branches = state.rules.map((rule) => ({
    fields: [...rule].map(([path, clauses]) => ({ path, clauses })),
  }));
  return { branches, nested: state.nested };
}

interface State {
  rules: Rule[];
  nested: boolean;
}

function readObject(state: State, path: string[], object: JsonObject, inOr: boolean): void {
  if (object.size === 0) refuse('Empty objects are not allowed');
  for (const [name, value] of object) {
    if (name === '$or') {
      readOr(state, path, value);
      continue;
    }
    if (inOr && RESERVED_IN_OR.has(name))
      refuse(`${name} is Ruler reserved fieldName which cannot be used inside $or.`);
    if (value instanceof Map) {
      state.nested = true;
      readObject(state, [...path, name], value, inOr);
    } else if (Array.isArray(value)) writeField(state, [...path, name].join('.'), value);
    else refuse(`"${name}" must be an object or an array`);
  }
}

function readOr(state: State, path: string[], value: JsonValue): void {
  const before = state.rules.map((rule) => new Map(rule));
  state.rules = [];
  if (!Array.isArray(value)) refuse('It must be an Array followed with $or.');
  for (const item of value) {
    if (!(item instanceof Map)) refuse('Only JSON object is allowed in array of $or relationship.');
    const rules = before.length === 0 ? [new Map()] : before.map((rule) => new Map(rule));
    const branch: State = { rules, nested: state.nested };
    readObject(branch, path, item, true);
    state.nested = branch.nested;
    state.rules.push(...branch.rules);
    // Only a policy with an empty list or "$or" somewhere can get here past the 150 check.
    if (state.rules.length > MAX_BRANCHES) refuse('Filter policy is too complex');
  }
  if (value.length < 2) refuse('There must have at least 2 Objects in $or relationship.');
}

function writeField(state: State, path: string, values: readonly JsonValue[]): void {
  const clauses = values.map((value) => ({ condition: literal(value), text: jsonText(value) }));
  if (clauses.length === 0) refuse('Empty arrays are not allowed');
  if (state.rules.length === 0) state.rules.push(new Map());
  for (const rule of state.rules) rule.set(path, clauses);
}

function literal(value: JsonValue): Condition {
  if (value instanceof Map) return matchCondition(value);
  if (Array.isArray(value))
    return refuse('Match value must be String, number, true, false, or null');
  if (typeof value === 'string') return { kind: 'equals', value, ip: ipOf(value) };
  if (value instanceof JsonNumber) return { kind: 'number', value: decimalOfToken(value) };
  if (value === null) return { kind: 'null' };
  return { kind: 'boolean', value };
}
