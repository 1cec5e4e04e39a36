/**
 * Spelling variants as search synonyms. The project's proofreading dictionary
 * (`src/data/terminology.json`, in prh's format) rejects variant spellings — 자원 for 리소스,
 * 가상 머신 for 가상머신, 1형 하이퍼바이저 for 타입 1 하이퍼바이저 — so that the pages use one. A
 * reader may still type any of them; this module turns the dictionary into synonym groups, so
 * that what the reader types finds the spelling the page uses (and, in the original edition,
 * which is the note as written, the other way round).
 *
 * A rule's plain-string patterns are variants of its `expected` spelling. Regular-expression
 * patterns (`/.../`) and rules whose `expected` refers to a capture group (`$1`) say nothing a
 * reader would type, and are left out.
 *
 * Pure functions, used at build time (src/search/build.ts: the groups go into the search
 * index's keywords) and by the glossary filter (src/utils/glossarySearch.ts).
 */
import type { TermNames } from './keywords';

/** One rule of a prh dictionary (prh's `raw.Rule`), as far as this module reads it. */
export interface PrhRule {
  readonly expected: string;
  readonly pattern?: string | readonly string[] | null;
  readonly patterns?: string | readonly string[] | null;
}

/** A prh dictionary: `{"version": 1, "rules": [...]}`. A rule may be a bare string. */
export interface PrhDictionary {
  readonly version?: number;
  readonly rules?: readonly (string | PrhRule)[];
}

/** A preferred spelling and the variants the dictionary rejects in its favour. */
export interface SpellingRule {
  readonly expected: string;
  readonly variants: readonly string[];
}

const REGEX_PATTERN = /^\/.*\/[a-z]*$/s;

function asList(value: string | readonly string[] | null | undefined): readonly string[] {
  if (value === undefined || value === null) return [];
  return typeof value === 'string' ? [value] : value;
}

function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Words of a spelling, compared case-insensitively. */
function wordsOf(text: string): string[] {
  return squash(text).toLowerCase().split(' ').filter(Boolean);
}

/**
 * The dictionary's rules that name variants a reader might type: plain-string patterns that
 * differ from `expected` by more than case (search ignores case). Rules whose `expected` is the
 * same but for case (license, License) are merged.
 */
export function spellingRules(dictionary: PrhDictionary): SpellingRule[] {
  const byExpected = new Map<string, { expected: string; variants: Map<string, string> }>();
  for (const rule of dictionary.rules ?? []) {
    if (typeof rule === 'string') continue;
    const expected = squash(rule.expected);
    if (expected === '' || expected.includes('$')) continue;
    const key = expected.toLowerCase();
    const entry = byExpected.get(key) ?? { expected, variants: new Map<string, string>() };
    for (const pattern of [...asList(rule.pattern), ...asList(rule.patterns)]) {
      if (REGEX_PATTERN.test(pattern.trim())) continue;
      const variant = squash(pattern);
      const variantKey = variant.toLowerCase();
      if (variant === '' || variantKey === key || entry.variants.has(variantKey)) continue;
      entry.variants.set(variantKey, variant);
    }
    if (entry.variants.size > 0) byExpected.set(key, entry);
  }
  return [...byExpected.values()].map(({ expected, variants }) => ({
    expected,
    variants: [...variants.values()],
  }));
}

/** Every spelling of a rule: the expected one first. */
export function spellingsOf(rule: SpellingRule): string[] {
  return [rule.expected, ...rule.variants];
}

/** Where `part` occurs as whole words in `words`, or -1. */
function findWords(words: readonly string[], part: readonly string[]): number {
  if (part.length === 0) return -1;
  for (let start = 0; start + part.length <= words.length; start += 1) {
    if (part.every((word, i) => words[start + i] === word)) return start;
  }
  return -1;
}

/**
 * A name with each rule's spellings put in for one another, as whole words: with the rule
 * 리소스 ← 자원, `리소스 할당` also gives `자원 할당`, and with 가상머신 ← 가상 머신, `가상 머신
 * 모니터` also gives `가상머신 모니터`. A name that is only a variant (an alias 라이센스 of the
 * term "게스트 OS 라이선스") does not make the term's name of the expected spelling (라이선스 is
 * any license, not that term's). The name itself comes first.
 */
export function respellings(name: string, rules: readonly SpellingRule[]): string[] {
  const out = new Set<string>([squash(name)]);
  const original = squash(name).split(' ');
  const lower = original.map((word) => word.toLowerCase());
  for (const rule of rules) {
    const spellings = spellingsOf(rule);
    for (const from of spellings) {
      const fromWords = wordsOf(from);
      const at = findWords(lower, fromWords);
      if (at === -1) continue;
      if (from !== rule.expected && fromWords.length === lower.length) continue;
      for (const to of spellings) {
        if (to === from) continue;
        out.add(
          [...original.slice(0, at), squash(to), ...original.slice(at + fromWords.length)].join(
            ' ',
          ),
        );
      }
    }
  }
  return [...out];
}

/**
 * The synonym groups search uses: each glossary term's names with the dictionary's variants put
 * in ({@link respellings}), and one more group for each rule whose expected spelling is no whole
 * name of a term (리소스 / 자원; 격리 / 격리성 joins the term whose name or alias is 격리).
 */
export function synonymGroups(
  terms: readonly TermNames[],
  rules: readonly SpellingRule[],
): TermNames[] {
  const wholeNames = new Set(
    terms.flatMap((term) => term.names.map((name) => wordsOf(name).join(' '))),
  );
  const groups: TermNames[] = terms.map((term) => ({
    id: term.id,
    names: [...new Set(term.names.flatMap((name) => respellings(name, rules)))],
  }));
  for (const rule of rules) {
    const spellings = spellingsOf(rule);
    if (wholeNames.has(wordsOf(rule.expected).join(' '))) continue;
    groups.push({ id: `spelling:${rule.expected}`, names: spellings });
  }
  return groups;
}
