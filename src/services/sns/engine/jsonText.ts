/**
 * JSON that SNS reads from an attribute (FilterPolicy, RedrivePolicy, ...). AWS parses these with
 * Jackson and quotes its message when they do not parse ([V] "failed to parse JSON. Unexpected
 * character ('i' (code 105)): was expecting double-quote to start field name\n at [Source:
 * REDACTED ...; line: 1, column: 2]"), so a learner sees where the text went wrong. The common
 * mistakes are worded as Jackson words them; anything rarer gets the same shape.
 */
export type JsonReading = { ok: true; value: unknown } | { ok: false; problem: string };

export function readJson(text: string): JsonReading {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: diagnose(text) };
  }
}

const SOURCE = '[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)';

class Problem {
  constructor(
    readonly message: string,
    readonly index: number,
  ) {}
}

function diagnose(text: string): string {
  let problem: Problem;
  try {
    const end = value(text, skip(text, 0));
    const rest = skip(text, end);
    problem = rest < text.length ? unexpected(text, rest, 'expected end of input') : eoi(text);
  } catch (error) {
    problem = error instanceof Problem ? error : eoi(text);
  }
  const before = text.slice(0, problem.index);
  const line = before.split('\n').length;
  const column = problem.index - before.lastIndexOf('\n');
  return `${problem.message}\n at ${SOURCE}; line: ${line}, column: ${column}]`;
}

/** Parses one value from `i` (already past spaces); returns the index after it. */
function value(text: string, i: number): number {
  const c = text.charAt(i);
  if (i >= text.length) throw eoi(text);
  if (c === '{') return container(text, i, '}', 'Object', true);
  if (c === '[') return container(text, i, ']', 'Array', false);
  if (c === '"') return string(text, i);
  if (/[-0-9]/.test(c)) return number(text, i);
  if (/[A-Za-z]/.test(c)) {
    const token = /^[A-Za-z0-9_$]+/.exec(text.slice(i))?.[0] ?? c;
    if (token === 'true' || token === 'false' || token === 'null') return i + token.length;
    throw new Problem(
      `Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
      i + token.length,
    );
  }
  throw unexpected(text, i, 'expected a value');
}

function container(text: string, start: number, close: string, kind: string, keyed: boolean) {
  let i = skip(text, start + 1);
  if (text.charAt(i) === close) return i + 1;
  for (;;) {
    if (keyed) {
      if (i >= text.length) throw eoi(text);
      if (text.charAt(i) !== '"')
        throw unexpected(text, i, 'was expecting double-quote to start field name');
      i = skip(text, string(text, i));
      if (text.charAt(i) !== ':') {
        if (i >= text.length) throw eoi(text);
        throw unexpected(text, i, 'was expecting a colon to separate field name and value');
      }
      i = skip(text, i + 1);
    }
    i = skip(text, value(text, i));
    if (text.charAt(i) === close) return i + 1;
    if (i >= text.length) throw eoi(text);
    if (text.charAt(i) !== ',')
      throw unexpected(text, i, `was expecting comma to separate ${kind} entries`);
    i = skip(text, i + 1);
  }
}

function string(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
  }
  throw eoi(text);
}

function number(text: string, start: number): number {
  const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(start));
  if (match === null)
    throw unexpected(text, start + 1, 'expected digit (0-9) to follow minus sign');
  return start + match[0].length;
}

function skip(text: string, i: number): number {
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

function unexpected(text: string, i: number, expectation: string): Problem {
  const c = text.charAt(i);
  const shown = c === "'" ? "'''" : `'${c}'`;
  return new Problem(
    `Unexpected character (${shown} (code ${c.charCodeAt(0)})): ${expectation}`,
    i,
  );
}

function eoi(text: string): Problem {
  return new Problem('Unexpected end-of-input', text.length);
}
