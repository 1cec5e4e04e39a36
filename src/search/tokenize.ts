/**
 * Splits mixed Korean/English text into search terms. The search index is built with it and every
 * query goes through it, in the browser's search worker, so both sides always agree.
 *
 * A word is cut where the script changes (`호스트OS를` → `호스트` + `OS` + `를`), Korean words are
 * reduced to their stem ({@link stemKorean}), a Korean piece that is only a particle or an ending
 * is dropped, and English words are lower-cased, stemmed and stop-word filtered with the functions
 * the caller passes (lunr's, so that this module does not depend on lunr).
 */
import { isBareSuffix, stemKorean } from './korean';

export type Script = 'hangul' | 'latin';

export interface SearchToken {
  /** The normalised term that is indexed or looked up. */
  readonly term: string;
  /** The word as written, lower-cased, before stemming. */
  readonly surface: string;
  readonly script: Script;
  /** Where the word is in the text, in UTF-16 units, for highlighting. */
  readonly start: number;
  readonly length: number;
}

export interface LatinOptions {
  /** The English stem of a lower-case word (lunr's Porter stemmer). */
  readonly stem: (word: string) => string;
  /** True for English function words that are not indexed (lunr's stop-word list). */
  readonly isStopWord: (word: string) => boolean;
}

// Hangul syllables and conjoining jamo (decomposed Hangul, as macOS pastes it). Compatibility jamo
// (ㄱ, ㅏ) are what an IME shows mid-syllable; they separate words and are never indexed.
const HANGUL = '\\uAC00-\\uD7A3\\u1100-\\u11FF';
const JAMO = '\\u3131-\\u318E';
// A letter or digit of any other script; `.`, `_` and `'` inside such a word keep it whole (node.js).
const OTHER = `(?:(?![${HANGUL}${JAMO}])[\\p{L}\\p{N}])`;
const RUN = new RegExp(`([${HANGUL}]+)|${OTHER}+(?:[._']${OTHER}+)*`, 'gu');

/** Every search term in a text, in order, with its position. */
export function tokenize(text: string, latin: LatinOptions): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of text.matchAll(RUN)) {
    const [run, hangul] = match;
    const start = match.index;
    if (hangul !== undefined) {
      const surface = hangul.normalize('NFC');
      if (isBareSuffix(surface)) continue;
      tokens.push({
        term: stemKorean(surface),
        surface,
        script: 'hangul',
        start,
        length: run.length,
      });
    } else {
      const surface = run.normalize('NFC').toLowerCase();
      if (latin.isStopWord(surface)) continue;
      tokens.push({
        // Only plain words are stemmed: k8s and node.js stay as they are.
        term: /^\p{L}+$/u.test(surface) ? latin.stem(surface) : surface,
        surface,
        script: 'latin',
        start,
        length: run.length,
      });
    }
  }
  return tokens;
}
