/**
 * A JSON reader that answers as SNS's parser (Jackson) does. Objects come back as Maps, so a key
 * named "__proto__" or "toString" is only ever data; numbers keep their text, so 0.1 stays
 * exactly 0.1. A syntax error is Jackson's first line, the one SNS puts after "failed to parse
 * JSON." (no location suffix: AWS stopped appending one). Content after the first value is
 * ignored, as Jackson's readTree does by default. No host JSON.parse: its messages differ between
 * browsers, and the engine must say the same thing everywhere.
 */
export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonRead =
  | { readonly ok: true; readonly value: JsonValue | undefined }
  | { readonly ok: false; readonly message: string };

/** Jackson's StreamReadConstraints default. */
const MAX_DEPTH = 1000;
const VALUE_LIST = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
const REDACTED = 'REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)';

class SyntaxFailure {
  constructor(readonly message: string) {}
}

/** The first JSON value of `text`; undefined when there is none (only white space). */
export function readJson(text: string): JsonRead {
  const reader = new Reader(text);
  try {
    return { ok: true, value: reader.skipSpace() ? reader.value(0) : undefined };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, message: error.message };
    throw error;
  }
}

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  /** Skips white space; false at the end of the text. */
  skipSpace(): boolean {
    for (; this.at < this.text.length; this.at++) {
      const c = this.text.charCodeAt(this.at);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
      if (c < 0x20)
        this.fail(
          `Illegal character (${describe(c)}): only regular white space (\\r, \\n, \\t) is allowed between tokens`,
        );
      return true;
    }
    return false;
  }

  value(depth: number): JsonValue {
    const c = this.text.charCodeAt(this.at);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth + 1 > MAX_DEPTH)
        this.fail(
          `Document nesting depth (${depth + 1}) exceeds the maximum allowed (${MAX_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`,
        );
      return c === 0x7b ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (c === 0x22 /* " */) return this.string();
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return this.number();
    if (c === 0x2b /* + */)
      this.fail(
        `Unexpected character (${describe(c)}) in numeric value: JSON spec does not allow numbers to have plus signs: enable \`JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS\` to allow`,
      );
    return this.token();
  }

  private object(depth: number): JsonObject {
    const start = this.at++;
    const out: JsonObject = new Map();
    if (this.expect(start, 'Object') === 0x7d) {
      this.at++;
      return out;
    }
    for (;;) {
      if (this.text.charCodeAt(this.at) !== 0x22)
        this.unexpected('was expecting double-quote to start field name');
      const name = this.string();
      if (this.expect(start, 'Object') !== 0x3a)
        this.unexpected('was expecting a colon to separate field name and value');
      this.at++;
      this.expect(start, 'Object');
      out.set(name, this.value(depth));
      const next = this.expect(start, 'Object');
      this.at++;
      if (next === 0x7d) return out;
      if (next !== 0x2c) this.unexpected('was expecting comma to separate Object entries', -1);
      this.expect(start, 'Object');
    }
  }

  private array(depth: number): JsonValue[] {
    const start = this.at++;
    const out: JsonValue[] = [];
    if (this.expect(start, 'Array') === 0x5d) {
      this.at++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      const next = this.expect(start, 'Array');
      this.at++;
      if (next === 0x5d) return out;
      if (next !== 0x2c) this.unexpected('was expecting comma to separate Array entries', -1);
      this.expect(start, 'Array');
    }
  }

  /** The next significant character, failing at the end of the text inside an object or array. */
  private expect(start: number, container: 'Object' | 'Array'): number {
    if (!this.skipSpace()) {
      const before = this.text.slice(0, start);
      const line = before.split('\n').length;
      const column = start - before.lastIndexOf('\n');
      this.fail(
        `Unexpected end-of-input: expected close marker for ${container} (start marker at [Source: ${REDACTED}; line: ${line}, column: ${column}])`,
      );
    }
    return this.text.charCodeAt(this.at);
  }

  private string(): string {
    let out = '';
    // Plain characters are copied a run at a time, from `run` up to the current one.
    let run = this.at + 1;
    for (let i = run; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x22) {
        this.at = i + 1;
        return out + this.text.slice(run, i);
      }
      if (c < 0x20)
        this.fail(
          `Illegal unquoted character (${describe(c)}): has to be escaped using backslash to be included in string value`,
        );
      if (c !== 0x5c) continue;
      out += this.text.slice(run, i);
      const e = this.text[++i];
      if (e === undefined) break;
      const simple = ESCAPES[e];
      if (simple !== undefined) out += simple;
      else if (e === 'u') {
        let code = 0;
        for (let k = 0; k < 4; k++) {
          const h = this.text.charCodeAt(++i);
          if (Number.isNaN(h)) break;
          const digit = hexDigit(h);
          if (digit < 0)
            this.fail(
              `Unexpected character (${describe(h)}): expected a hex-digit for character escape sequence`,
            );
          code = code * 16 + digit;
        }
        out += String.fromCharCode(code);
      } else this.fail(`Unrecognized character escape ${describe(e.charCodeAt(0))}`);
      run = i + 1;
    }
    return this.fail('Unexpected end-of-input: was expecting closing quote for a string value');
  }

  private number(): JsonNumber {
    const start = this.at;
    if (this.text[this.at] === '-') {
      this.at++;
      if (!isDigit(this.text.charCodeAt(this.at)))
        this.numberChar('expected digit (0-9) to follow minus sign, for valid numeric value');
    }
    if (this.text[this.at] === '0' && isDigit(this.text.charCodeAt(this.at + 1)))
      this.fail('Invalid numeric value: Leading zeroes not allowed');
    this.digits();
    if (this.text[this.at] === '.') {
      this.at++;
      if (!isDigit(this.text.charCodeAt(this.at)))
        this.numberChar('Decimal point not followed by a digit');
      this.digits();
    }
    if (this.text[this.at] === 'e' || this.text[this.at] === 'E') {
      this.at++;
      if (this.text[this.at] === '+' || this.text[this.at] === '-') this.at++;
      if (!isDigit(this.text.charCodeAt(this.at)))
        this.numberChar('Exponent indicator not followed by a digit');
      this.digits();
    }
    return new JsonNumber(this.text.slice(start, this.at));
  }

  private digits(): void {
    while (isDigit(this.text.charCodeAt(this.at))) this.at++;
  }

  private numberChar(comment: string): never {
    if (this.at >= this.text.length) this.fail('Unexpected end-of-input in a Number value');
    return this.fail(
      `Unexpected character (${describe(this.text.charCodeAt(this.at))}) in numeric value: ${comment}`,
    );
  }

  /** true, false, null, or Jackson's complaint about what stands there instead. */
  private token(): JsonValue {
    WORD.lastIndex = this.at;
    const run = WORD.exec(this.text)?.[0] ?? '';
    if (run === 'true' || run === 'false' || run === 'null') {
      this.at += run.length;
      return run === 'null' ? null : run === 'true';
    }
    if (run === 'NaN' || run === 'Infinity')
      this.fail(
        `Non-standard token '${run}': enable \`JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS\` to allow`,
      );
    if (run !== '') this.fail(`Unrecognized token '${run}': was expecting ${VALUE_LIST}`);
    return this.unexpected(`expected a valid value ${VALUE_LIST}`);
  }

  private unexpected(comment: string, offset = 0): never {
    return this.fail(
      `Unexpected character (${describe(this.text.charCodeAt(this.at + offset))}): ${comment}`,
    );
  }

  private fail(message: string): never {
    throw new SyntaxFailure(message);
  }
}

/** What Jackson reads as one token where a value belongs (Java identifier characters). */
const WORD = /[\p{L}\p{N}_$]*/uy;

const ESCAPES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as object, {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
});

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Jackson's _getCharDesc. */
function describe(c: number): string {
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `(CTRL-CHAR, code ${c})`;
  const shown = `'${String.fromCharCode(c)}' (code ${c}`;
  return c > 255 ? `${shown} / 0x${c.toString(16)})` : `${shown})`;
}
