/**
 * Where inline code may break across lines. A browser breaks a line after a hyphen or a slash,
 * which in a command or an option is inside a word: `docker run --` / `memory=512m`, a line
 * that reads as another command. So a short word of inline code that has such a character is
 * kept on one line (a `nowrap` span, ./index.tsx), and the code breaks only at its spaces. A long word (a URL, a
 * file name) still breaks where the browser can, or it would run off a phone's screen.
 */

/**
 * The widest word kept whole, in monospace cells (a wide character, Hangul or CJK, counts two):
 * a 320px screen's text column, the narrowest the site lays out for, holds about 28 cells of
 * inline code in a list item, so a kept word always fits on a line of its own.
 */
export const MAX_KEPT_CELLS = 24;

/** Characters after which a browser may break inside a word. */
const BREAKS_INSIDE = /[-/‐‑–—?]/u;

/** East Asian wide characters: Hangul, CJK ideographs, kana, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many monospace cells `word` takes. */
export function cells(word: string): number {
  let total = 0;
  for (const char of word) total += WIDE.test(char) ? 2 : 1;
  return total;
}

export type Piece = { readonly text: string; readonly keep: boolean };

/**
 * `text` cut into pieces that together are `text` exactly: runs of whitespace (never kept: they
 * have no hyphen or slash) and the words between them, each word marked `keep` when it would otherwise break inside itself and is
 * short enough to keep on one line. Consecutive pieces not kept are merged.
 */
export function splitInlineCode(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const part of text.split(/(\s+)/u)) {
    if (part === '') continue;
    const keep = BREAKS_INSIDE.test(part) && cells(part) <= MAX_KEPT_CELLS;
    const last = pieces.at(-1);
    if (!keep && last && !last.keep) pieces[pieces.length - 1] = { text: last.text + part, keep };
    else pieces.push({ text: part, keep });
  }
  return pieces;
}
