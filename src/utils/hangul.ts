/**
 * Hangul-aware text helpers for search: normalisation, initial consonants (초성) and jamo.
 * Pure functions, shared by the glossary page, its data validation and their tests.
 */
import { canBeChoseong, disassemble, getChoseong } from 'es-hangul';

const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// Spaces, punctuation and symbols carry no meaning in a term search: `scale-out`, `scale out`
// and `scaleout` are the same query, and so are `가상 머신` and `가상머신`.
const IGNORED = /[\s\p{P}\p{S}]/gu;

/**
 * The form every searchable text and every query is compared in: composed (NFC, so decomposed
 * Hangul pasted from macOS matches), half-width, lower-case, without spaces or punctuation.
 * NFKC is avoided on purpose: it would turn compatibility jamo (ㄱ) into conjoining jamo (ᄀ).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(FULLWIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(IGNORED, '');
}

/** A single compatibility consonant that can start a syllable (ㄱ, ㄲ, ... ㅎ). */
export function isChoseongChar(char: string): boolean {
  return char.length === 1 && canBeChoseong(char);
}

/**
 * The text with each Hangul syllable replaced by its initial consonant and everything else
 * kept, so positions line up with the text (`os커널` → `osㅋㄴ`).
 */
export function initialsOf(text: string): string {
  return text.replace(/[가-힣]/gu, (syllable) => getChoseong(syllable));
}

/** True when the query is written only in initial consonants, like `ㅎㅇㅍㅂㅇㅈ`. */
export function isChoseongQuery(normalizedQuery: string): boolean {
  return /^[ㄱ-ㅎ]+$/u.test(normalizedQuery);
}

/** The initial consonant of one Hangul syllable (`하` → `ㅎ`), or '' for anything else. */
export function initialOf(char: string): string {
  return /^[가-힣]$/.test(char) ? getChoseong(char) : '';
}

/** The jamo a text is typed with, complex vowels and finals split (`과` → `ㄱㅗㅏ`). */
export function toJamo(text: string): string {
  return disassemble(text);
}

const DOUBLE_TO_SINGLE: Readonly<Record<string, string>> = {
  ㄲ: 'ㄱ',
  ㄸ: 'ㄷ',
  ㅃ: 'ㅂ',
  ㅆ: 'ㅅ',
  ㅉ: 'ㅈ',
};

/** The 14 letters of a Korean dictionary index, in order. */
export const HANGUL_INDEX_LETTERS = [
  'ㄱ',
  'ㄴ',
  'ㄷ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅅ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;

/**
 * The index letter a word is filed under in a Korean dictionary: its first syllable's initial
 * consonant, with double consonants filed under their single one (`까` → `ㄱ`). Returns null
 * for words that do not start with a Hangul syllable.
 */
export function hangulIndexLetter(word: string): string | null {
  const first = word.trim().normalize('NFC').charAt(0);
  const initial = initialOf(first);
  if (initial === '') return null;
  return DOUBLE_TO_SINGLE[initial] ?? initial;
}
