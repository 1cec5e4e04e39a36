/**
 * The letter index of the glossary page: ㄱ–ㅎ on the Korean page (a Korean dictionary's 14
 * letters, with words that start in Latin letters after them) and A–Z on the English page.
 */
import type { GlossaryLocale, GlossaryTerm } from '../data/glossaryTypes';
import { compareByName, type TermComparator } from './glossarySearch';
import { HANGUL_INDEX_LETTERS, hangulIndexLetter } from './hangul';

export interface LetterSection {
  /** The letter as shown in the index and as the section heading. */
  readonly letter: string;
  /** ASCII anchor of the section; term ids never start with `letter-`. */
  readonly anchor: string;
  readonly terms: readonly GlossaryTerm[];
}

// The letters' Korean names, so that anchors stay ASCII like every other anchor of the site.
const HANGUL_LETTER_NAMES: Readonly<Record<string, string>> = {
  ㄱ: 'giyeok',
  ㄴ: 'nieun',
  ㄷ: 'digeut',
  ㄹ: 'rieul',
  ㅁ: 'mieum',
  ㅂ: 'bieup',
  ㅅ: 'siot',
  ㅇ: 'ieung',
  ㅈ: 'jieut',
  ㅊ: 'chieut',
  ㅋ: 'kieuk',
  ㅌ: 'tieut',
  ㅍ: 'pieup',
  ㅎ: 'hieut',
};
const LATIN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** The Korean index's last entry: names that start in Latin letters (LXC, OCI, cgroup). */
export const LATIN_GROUP = 'A–Z';
/** The English index's last entry: names that start with anything but a letter. */
export const OTHER_GROUP = '#';

function letterOf(name: string, locale: GlossaryLocale): string {
  if (locale === 'ko') {
    const hangul = hangulIndexLetter(name);
    if (hangul !== null) return hangul;
    return /^[a-z]/i.test(name.trim()) ? LATIN_GROUP : OTHER_GROUP;
  }
  const first = name.trim().charAt(0).toUpperCase();
  return LATIN_LETTERS.includes(first) ? first : OTHER_GROUP;
}

function anchorOf(letter: string): string {
  if (letter === LATIN_GROUP) return 'letter-latin';
  if (letter === OTHER_GROUP) return 'letter-other';
  return `letter-${HANGUL_LETTER_NAMES[letter] ?? letter.toLowerCase()}`;
}

/**
 * Every letter of the locale's index in order, each with its terms sorted by name (empty for
 * letters no term starts with, so the index can show them as unavailable). The catch-all
 * groups appear only when a term needs them.
 */
export function letterSections(
  terms: readonly GlossaryTerm[],
  locale: GlossaryLocale,
  byName: TermComparator = compareByName(locale),
): LetterSection[] {
  const letters: string[] =
    locale === 'ko'
      ? [...HANGUL_INDEX_LETTERS, LATIN_GROUP, OTHER_GROUP]
      : [...LATIN_LETTERS, OTHER_GROUP];
  const byLetter = new Map<string, GlossaryTerm[]>(letters.map((letter) => [letter, []]));
  for (const term of terms) byLetter.get(letterOf(term.name[locale], locale))?.push(term);
  return letters
    .map((letter) => ({
      letter,
      anchor: anchorOf(letter),
      terms: (byLetter.get(letter) ?? []).sort(byName),
    }))
    .filter(
      (section) =>
        section.terms.length > 0 ||
        (section.letter !== LATIN_GROUP && section.letter !== OTHER_GROUP),
    );
}
