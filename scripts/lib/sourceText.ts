/**
 * Positions in source files for text that a checker reads as values: the body of a string
 * literal (TypeScript or JSON) holds escapes, so an offset in the value is not an offset in the
 * file. These helpers map one to the other and turn file offsets into line and column.
 */

/** A string literal's value and, for each of its UTF-16 units, its offset in the raw body. */
export interface LiteralText {
  readonly value: string;
  /** `offsets[i]` is where unit `i` of `value` starts in the body; one more entry for the end. */
  readonly offsets: readonly number[];
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/**
 * Reads the body of a string literal (without its quotes) the way JavaScript and JSON do:
 * `\n`, `\xHH`, `\uHHHH`, `\u{H...}`, line continuations, and `\c` for any other `c`.
 */
export function readLiteral(body: string): LiteralText {
  let value = '';
  const offsets: number[] = [];
  const emit = (text: string, at: number): void => {
    value += text;
    for (let unit = 0; unit < text.length; unit += 1) offsets.push(at);
  };
  let i = 0;
  while (i < body.length) {
    const char = body.charAt(i);
    if (char !== '\\') {
      emit(char, i);
      i += 1;
      continue;
    }
    const next = body.charAt(i + 1);
    if (next === 'x') {
      emit(String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16)), i);
      i += 4;
    } else if (next === 'u' && body.charAt(i + 2) === '{') {
      const close = body.indexOf('}', i);
      emit(String.fromCodePoint(parseInt(body.slice(i + 3, close), 16)), i);
      i = close + 1;
    } else if (next === 'u') {
      emit(String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)), i);
      i += 6;
    } else if (next === '\r' && body.charAt(i + 2) === '\n') {
      i += 3;
    } else if (next === '\n' || next === '\r' || next === '\u2028' || next === '\u2029') {
      i += 2;
    } else {
      emit(SIMPLE_ESCAPES[next] ?? next, i);
      i += 2;
    }
  }
  offsets.push(body.length);
  return { value, offsets };
}

/** Converts offsets in a text into 1-based line and column (UTF-16 units, as editors count). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i += 1) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
