/** The shapes a filter policy compiles to, and the message values it is matched against. */

/** Where a subscription's FilterPolicyScope tells SNS to look. */
export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/**
 * A number kept exactly: its text as written and its value rounded to the five decimal places SNS
 * compares ("five digits of accuracy after the decimal point" [D] subscription-filter-policy-
 * constraints). `scaled` is the value times 10^5; undefined for a number too large to compare.
 */
export interface Decimal {
  readonly text: string;
  readonly scaled: bigint | undefined;
}

/** An address as the bytes Java's InetAddress gives: 4 for IPv4, 16 for IPv6. */
export type IpBytes = readonly number[];

/** One accepted match expression of a key's list; a key matches when any of its list does. */
export type Condition =
  | { readonly kind: 'equals'; readonly value: string; readonly ip: IpBytes | undefined }
  | { readonly kind: 'number'; readonly value: Decimal }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | {
      readonly kind: 'prefix' | 'suffix' | 'equals-ignore-case';
      readonly value: string;
      /** prefix and suffix written as {"prefix": {"equals-ignore-case": "..."}}. */
      readonly ignoreCase: boolean;
    }
  | { readonly kind: 'anything-but'; readonly values: readonly (string | Decimal)[] }
  | {
      readonly kind: 'anything-but-prefix' | 'anything-but-suffix' | 'anything-but-ignore-case';
      readonly values: readonly string[];
    }
  | {
      readonly kind: 'numeric';
      readonly lower?: Bound;
      readonly upper?: Bound;
      readonly equals?: Decimal;
    }
  | { readonly kind: 'exists'; readonly value: boolean }
  | { readonly kind: 'cidr'; readonly text: string; readonly low: IpBytes; readonly high: IpBytes };

export interface Bound {
  readonly value: Decimal;
  /** >= and <= include the bound; > and < do not. */
  readonly inclusive: boolean;
}

/** A condition with the JSON text the policy wrote it as, for explanations. */
export interface Clause {
  readonly condition: Condition;
  readonly text: string;
}

/** One key of one alternative: a path (nested keys joined by ".") and its ORed clauses. */
export interface FieldRule {
  readonly path: string;
  readonly clauses: readonly Clause[];
}

/** One alternative of the policy: every field must match (AND). "$or" multiplies alternatives. */
export interface Branch {
  readonly fields: readonly FieldRule[];
}

/**
 * A validated filter policy. It matches a message when any branch does. No branches: the policy
 * was {} (or empty), which filters nothing.
 */
export interface FilterPolicy {
  readonly branches: readonly Branch[];
}

/** A scalar as the filter sees it, in a message attribute or at a leaf of the message body. */
export type LeafValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: Decimal }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

/**
 * A value found at a path. `arrays` lists, for every array the path went through, which array
 * and which element: SNS matches a branch's keys within one element of a shared array.
 */
export interface Leaf {
  readonly value: LeafValue;
  readonly arrays: readonly (readonly [array: number, index: number])[];
}

/** A published message as SNS holds it when it decides whether to deliver. */
export interface FilterableMessage {
  readonly Message: string;
  readonly MessageAttributes?: Readonly<Record<string, MessageAttributeValue>> | undefined;
}

export interface MessageAttributeValue {
  readonly DataType: string;
  readonly StringValue?: string | undefined;
  readonly BinaryValue?: unknown;
}
