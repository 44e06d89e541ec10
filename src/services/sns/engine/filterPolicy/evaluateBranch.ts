import { describeClauses, describeCondition, typeHint, valuesText, valueText } from './describe';
import { sameElementChoice } from './sameElement';
import { satisfies } from './testCondition';
import type { Branch, Clause, FieldRule, Leaf } from './types';

/** How one key of a policy fared against a message, in words a learner can read. */
export interface KeyCheck {
  /** The key, nested keys joined by "." (e.g. "detail.state"). */
  readonly key: string;
  readonly matched: boolean;
  /** The clause that matched, or, when none did, the key's whole list, as the policy wrote it. */
  readonly clause: string;
  /** The message's value(s) at the key as JSON text; undefined when the key is absent. */
  readonly actual: string | undefined;
  readonly reason: string;
}

/** How one alternative of the policy fared ("$or" makes several; most policies have one). */
export interface BranchCheck {
  readonly matched: boolean;
  readonly checks: readonly KeyCheck[];
  /** Set when every key matched on its own but not within one element of a shared array. */
  readonly note?: string;
}

const SAME_ELEMENT_NOTE =
  'each key matched on its own, but not within one element of the same array: SNS matches all the keys of a policy against one array element at a time';

/** Where the message keeps its values: attribute names or body paths. */
export interface Values {
  readonly leaves: ReadonlyMap<string, readonly Leaf[]>;
  /** Keys that are there but never compared (Binary attributes). */
  readonly ignored: ReadonlySet<string>;
  /** How a missing key is said: "the message has no attribute" / "the body has no value at". */
  readonly missing: string;
}

interface FieldResult {
  readonly field: FieldRule;
  readonly present: readonly Leaf[];
  /** Present leaves that satisfy a clause; empty when the field matched by absence. */
  readonly matching: readonly Leaf[];
  readonly matched: boolean;
}

/** AND over the branch's keys, OR over each key's list, within one element of a shared array. */
export function evaluateBranch(branch: Branch, values: Values): BranchCheck {
  const results = branch.fields.map((field) => fieldResult(field, values));
  const failed = results.some((r) => !r.matched);
  const matching = results.filter((r) => r.matching.length > 0);
  const chosen = failed
    ? undefined
    : sameElementChoice(new Map(matching.map((r) => [r.field, r.matching])));
  const checks = results.map((r) => keyCheck(r, values, chosen?.get(r.field)));
  if (failed) return { matched: false, checks };
  return chosen === undefined
    ? { matched: false, checks, note: SAME_ELEMENT_NOTE }
    : { matched: true, checks };
}

/**
 * The same decision as evaluateBranch without the words: what delivery asks for every copy of
 * every message, so it stops at the first key that fails and builds no sentence.
 */
export function branchMatches(branch: Branch, values: Values): boolean {
  let matching: Map<FieldRule, readonly Leaf[]> | undefined;
  let inArrays = false;
  for (const field of branch.fields) {
    const result = fieldResult(field, values);
    if (!result.matched) return false;
    if (result.matching.length === 0) continue;
    (matching ??= new Map()).set(field, result.matching);
    inArrays ||= result.matching.some((leaf) => leaf.arrays.length > 0);
  }
  // Leaves outside every array (all attributes, most bodies) always sit in "one element".
  return !inArrays || matching === undefined || sameElementChoice(matching) !== undefined;
}

function fieldResult(field: FieldRule, values: Values): FieldResult {
  const present = values.leaves.get(field.path) ?? [];
  if (present.length === 0) {
    const absentOk = field.clauses.some((c) => c.condition.kind === 'exists' && !c.condition.value);
    return { field, present, matching: [], matched: absentOk };
  }
  const matching = present.filter((leaf) => firstSatisfied(field.clauses, leaf) !== undefined);
  return { field, present, matching, matched: matching.length > 0 };
}

function firstSatisfied(clauses: readonly Clause[], leaf: Leaf): Clause | undefined {
  return clauses.find((clause) => satisfies(clause.condition, leaf.value));
}

function keyCheck(result: FieldResult, values: Values, chosen: Leaf | undefined): KeyCheck {
  const { field, present, matching } = result;
  const key = field.path;
  const wants = `the policy wants ${describeClauses(field.clauses)}`;
  const failed = (actual: string | undefined, reason: string): KeyCheck => ({
    key,
    matched: false,
    clause: `[${field.clauses.map((c) => c.text).join(',')}]`,
    actual,
    reason,
  });
  if (present.length === 0) {
    const absent = field.clauses.find((c) => c.condition.kind === 'exists' && !c.condition.value);
    if (absent !== undefined)
      return {
        key,
        matched: true,
        clause: absent.text,
        actual: undefined,
        reason: `${key} is absent, as ${absent.text} asks`,
      };
    if (values.ignored.has(key))
      return failed(
        undefined,
        `${key} is a Binary attribute, which SNS does not compare; ${wants}`,
      );
    return failed(undefined, `${values.missing} ${key}; ${wants}`);
  }
  const leaf = chosen ?? matching[0];
  const clause = leaf === undefined ? undefined : firstSatisfied(field.clauses, leaf);
  if (leaf !== undefined && clause !== undefined) {
    const actual = valueText(leaf.value);
    return {
      key,
      matched: true,
      clause: clause.text,
      actual,
      reason: matchedReason(key, actual, clause),
    };
  }
  const shown = present.map((l) => l.value);
  const actual = valuesText(shown);
  const hint = typeHint(field.clauses, shown);
  if (shown.length === 1) return failed(actual, `${key} is ${actual}; ${wants}${hint}`);
  return failed(actual, `${key} holds ${actual}; ${wants} for at least one of them${hint}`);
}

function matchedReason(key: string, actual: string, clause: Clause): string {
  switch (clause.condition.kind) {
    case 'exists':
      return `${key} is present (${actual}), as ${clause.text} asks`;
    case 'equals':
    case 'number':
    case 'boolean':
    case 'null':
      return `${key} is ${actual}, a value the policy lists`;
    default:
      return `${key} is ${actual}, which is ${describeCondition(clause.condition)}`;
  }
}
