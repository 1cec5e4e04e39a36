/**
 * Finds glossary terms however a Korean or English reader types them, and ranks the hits:
 * exact name, then name prefix, then alias, then a name containing the query, then definitions.
 * Names, aliases and definitions of both languages are searched whatever the page's language.
 */
import type { GlossaryLocale, GlossaryTerm } from '../data/glossaryTypes';
import { initialsOf, isChoseongChar, isChoseongQuery, normalizeForSearch, toJamo } from './hangul';

export const MatchTier = {
  exactName: 0,
  namePrefix: 1,
  alias: 2,
  nameContains: 3,
  definition: 4,
} as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

export type MatchKind = 'exact' | 'prefix' | 'contains';
const KIND_ORDER: Record<MatchKind, number> = { exact: 0, prefix: 1, contains: 2 };

/** A normalised text and its initial consonants (`initialsOf(text)`). */
export interface SearchText {
  readonly text: string;
  readonly initials: string;
  /** A lone consonant in the query may stand for a syllable it starts (`ㅎ` for `하`). */
  readonly matchInitials: boolean;
}

export function searchText(raw: string, matchInitials: boolean): SearchText {
  const text = normalizeForSearch(raw);
  return { text, initials: initialsOf(text), matchInitials };
}

/**
 * Where `query` ends if it matches `target` starting at `start`, or -1. `typedLast` is the jamo
 * of the query's last character while an IME composes it, else ''.
 */
function matchAt(target: SearchText, query: string, start: number, typedLast: string): number {
  const { text, initials } = target;
  const last = query.length - 1;
  for (let j = 0; j <= last; j += 1) {
    const position = start + j;
    const textChar = text.charAt(position);
    if (textChar === '') return -1;
    const queryChar = query.charAt(j);
    if (textChar === queryChar) continue;
    const initial = initials.charAt(position);
    if (target.matchInitials && initial === queryChar && isChoseongChar(queryChar)) continue;
    if (j === last && typedLast !== '') {
      // While composing, a final consonant may still move to the next syllable (`갓` → `가상`)
      // and a vowel may still grow (`고` → `과`); compare jamo over the next two characters.
      if (
        initial === typedLast.charAt(0) &&
        toJamo(text.slice(position, position + 2)).startsWith(typedLast)
      ) {
        return toJamo(textChar).length >= typedLast.length ? position + 1 : position + 2;
      }
    }
    return -1;
  }
  return start + query.length;
}

/**
 * How a normalised `query` matches a text: the whole of it, its start, or somewhere inside;
 * null when it does not match. `composing` relaxes the query's last character, which an IME may
 * still be changing.
 */
export function matchText(target: SearchText, query: string, composing = false): MatchKind | null {
  if (query === '') return null;
  const typedLast = composing ? toJamo(query.charAt(query.length - 1)) : '';
  for (let start = 0; start < target.text.length; start += 1) {
    const end = matchAt(target, query, start, typedLast);
    if (end === -1) continue;
    if (start > 0) return 'contains';
    return end === target.text.length ? 'exact' : 'prefix';
  }
  return null;
}

interface IndexedTerm {
  readonly term: GlossaryTerm;
  readonly names: readonly SearchText[];
  readonly aliases: readonly SearchText[];
  readonly shortTexts: readonly SearchText[];
  readonly longTexts: readonly SearchText[];
}

/** Normalised texts of every term, computed once. */
export interface GlossaryIndex {
  readonly entries: readonly IndexedTerm[];
}

const withInitials = (raw: string): SearchText => searchText(raw, true);
// Initial consonants stand for syllables only in names and aliases: in running text a query
// like `ㄱㅅ` would match nearly every definition.
const plain = (raw: string): SearchText => searchText(raw, false);

export function buildGlossaryIndex(terms: readonly GlossaryTerm[]): GlossaryIndex {
  return {
    entries: terms.map((term) => ({
      term,
      names: [term.name.ko, term.name.en].map(withInitials),
      aliases: [...term.aliases.ko, ...term.aliases.en].map(withInitials),
      shortTexts: [term.short.ko, term.short.en].map(plain),
      longTexts: [term.long.ko, term.long.en].map(plain),
    })),
  };
}

export interface GlossaryHit {
  readonly term: GlossaryTerm;
  readonly tier: MatchTier;
  /** Order inside a tier: exact before prefix before contains; short before long text. */
  readonly detail: number;
}

export interface SearchOptions {
  /** The IME is still composing the query's last syllable. */
  readonly composing?: boolean;
  /** The page's language, whose names decide the order of equally good hits. */
  readonly locale: GlossaryLocale;
  /** That order, when it is known already (`compareByOrder`); `compareByName(locale)` if not. */
  readonly compare?: TermComparator;
}

function bestKind(
  texts: readonly SearchText[],
  query: string,
  composing: boolean,
): MatchKind | null {
  let best: MatchKind | null = null;
  for (const text of texts) {
    const kind = matchText(text, query, composing);
    if (kind !== null && (best === null || KIND_ORDER[kind] < KIND_ORDER[best])) best = kind;
  }
  return best;
}

function rank(entry: IndexedTerm, query: string, composing: boolean): GlossaryHit | null {
  const { term } = entry;
  const name = bestKind(entry.names, query, composing);
  if (name === 'exact') return { term, tier: MatchTier.exactName, detail: 0 };
  if (name === 'prefix') return { term, tier: MatchTier.namePrefix, detail: 0 };
  const alias = bestKind(entry.aliases, query, composing);
  if (alias !== null) return { term, tier: MatchTier.alias, detail: KIND_ORDER[alias] };
  if (name === 'contains') return { term, tier: MatchTier.nameContains, detail: 0 };
  if (isChoseongQuery(query)) return null;
  if (bestKind(entry.shortTexts, query, composing) !== null) {
    return { term, tier: MatchTier.definition, detail: 0 };
  }
  if (bestKind(entry.longTexts, query, composing) !== null) {
    return { term, tier: MatchTier.definition, detail: 1 };
  }
  return null;
}

const collators: Partial<Record<GlossaryLocale, Intl.Collator>> = {};
function collator(locale: GlossaryLocale): Intl.Collator {
  collators[locale] ??= new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return collators[locale];
}

export type TermComparator = (a: GlossaryTerm, b: GlossaryTerm) => number;

/** Sorts terms by their name in `locale`, as a dictionary of that language would. */
export function compareByName(locale: GlossaryLocale): TermComparator {
  const { compare } = collator(locale);
  return (a, b) => compare(a.name[locale], b.name[locale]) || compare(a.id, b.id);
}

/** The ids of `terms` in `compareByName(locale)` order. */
export function nameOrder(terms: readonly GlossaryTerm[], locale: GlossaryLocale): string[] {
  return [...terms].sort(compareByName(locale)).map((term) => term.id);
}

/**
 * Sorts terms as `ids` lists them (a `nameOrder` computed at build time: creating a Korean
 * collator takes ~10 ms of the browser's main thread). Terms not in `ids` go last, by id.
 */
export function compareByOrder(ids: readonly string[]): TermComparator {
  const rank = new Map(ids.map((id, index) => [id, index]));
  const last = ids.length;
  return (a, b) =>
    (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The terms matching `rawQuery`, best first. An empty query (after normalisation) matches
 * nothing; callers show the whole glossary instead.
 */
export function searchGlossary(
  index: GlossaryIndex,
  rawQuery: string,
  options: SearchOptions,
): GlossaryHit[] {
  const query = normalizeForSearch(rawQuery);
  if (query === '') return [];
  const composing = options.composing === true;
  const byName = options.compare ?? compareByName(options.locale);
  return index.entries
    .map((entry) => rank(entry, query, composing))
    .filter((hit): hit is GlossaryHit => hit !== null)
    .sort((a, b) => a.tier - b.tier || a.detail - b.detail || byName(a.term, b.term));
}
