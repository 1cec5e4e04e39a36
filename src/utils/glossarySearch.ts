/**
 * Finds glossary terms however a Korean or English reader types them, and ranks the hits:
 * exact name, then name prefix, then alias, then a name containing the query, then definitions.
 * Names, aliases and definitions of both languages are searched whatever the page's language.
 * A query word (or run of words) that is one spelling of a synonym group — the proofreading
 * dictionary's expected spelling and its variants, 리소스 / 자원 — also searches for the others;
 * in a tier, what matches as typed comes before what matches through a synonym.
 * With the particle list ({@link SynonymTable.isEnding}), a query word that ends in a particle,
 * an ending or a plural also searches for the word without it (커널에서 → 커널, hypervisors →
 * hypervisor), with the tier the bare word would get: after what matches as typed, before what
 * matches through a synonym.
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
  /** Where each word of the raw text starts and ends in `text`. */
  readonly words: readonly (readonly [number, number])[];
}

const WORD_SEPARATOR = /[\s\p{P}\p{S}]+/u;

function wordBounds(raw: string, text: string): [number, number][] {
  const words = raw.split(WORD_SEPARATOR).map(normalizeForSearch).filter(Boolean);
  // Normalising word by word gives the same text but for exotic characters: then one word.
  if (words.join('') !== text) return text === '' ? [] : [[0, text.length]];
  let end = 0;
  return words.map((word) => {
    const start = end;
    end += word.length;
    return [start, end];
  });
}

export function searchText(raw: string, matchInitials: boolean): SearchText {
  const text = normalizeForSearch(raw);
  return { text, initials: initialsOf(text), matchInitials, words: wordBounds(raw, text) };
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

/** True when the rest of a written word after a whole word may be dropped (를 in 리소스를). */
export type WordEnding = (rest: string) => boolean;

const NO_ENDING: WordEnding = (rest) => rest === '';

/**
 * How a normalised `query` matches a text as whole words: it starts where a word starts and
 * ends where one ends, or before an ending `isEnding` accepts (`리소스` in `리소스를`, not in
 * `리소스풀`).
 */
export function matchWords(
  target: SearchText,
  query: string,
  isEnding: WordEnding = NO_ENDING,
): MatchKind | null {
  if (query === '') return null;
  for (const [start] of target.words) {
    if (!target.text.startsWith(query, start)) continue;
    const end = start + query.length;
    const word = target.words.find(([from, to]) => from < end && end <= to);
    if (!word || !isEnding(target.text.slice(end, word[1]))) continue;
    if (start > 0) return 'contains';
    return word[1] === target.text.length ? 'exact' : 'prefix';
  }
  return null;
}

/**
 * How a normalised query whose last word lost an ending (`kernel` of `kernels`) matches a text:
 * as {@link matchText}, but where the reader ended that word a word of the text ends too, or an
 * ending `isEnding` accepts follows (`kernel module`, `커널이`; not `docker` for `docs`).
 */
export function matchStem(
  target: SearchText,
  query: string,
  isEnding: WordEnding,
): MatchKind | null {
  if (query === '') return null;
  for (let start = 0; start < target.text.length; start += 1) {
    const end = matchAt(target, query, start, '');
    if (end === -1) continue;
    const word = target.words.find(([from, to]) => from < end && end <= to);
    if (!word || !isEnding(target.text.slice(end, word[1]))) continue;
    if (start > 0) return 'contains';
    return word[1] === target.text.length ? 'exact' : 'prefix';
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

/** Spellings that stand for one another: `['리소스', '자원']`, `['가상머신', '가상 머신']`. */
export type SynonymGroup = readonly string[];

/** Synonym groups, ready for {@link searchGlossary}. */
export interface SynonymTable {
  /** The other spellings of each normalised spelling. */
  readonly others: ReadonlyMap<string, readonly string[]>;
  /** The most words a spelling has. */
  readonly maxWords: number;
  /** What may follow another spelling inside a written word ({@link matchWords}). */
  readonly isEnding: WordEnding;
}

/**
 * The table of synonym groups. Spellings that differ only in spacing or case are one spelling
 * here (the filter ignores both), so such groups drop out.
 */
export function synonymTable(
  groups: readonly SynonymGroup[],
  isEnding: WordEnding = NO_ENDING,
): SynonymTable {
  const others = new Map<string, string[]>();
  let maxWords = 1;
  for (const group of groups) {
    const spellings = [...new Set(group.map(normalizeForSearch).filter(Boolean))];
    if (spellings.length < 2) continue;
    for (const raw of group) maxWords = Math.max(maxWords, raw.trim().split(/\s+/).length);
    for (const spelling of spellings) {
      const list = others.get(spelling) ?? [];
      const more = spellings.filter((other) => other !== spelling && !list.includes(other));
      others.set(spelling, [...list, ...more]);
    }
  }
  return { others, maxWords, isEnding };
}

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
  /** Found only through another spelling of a query word (자원 → 리소스). */
  readonly viaSynonym?: boolean;
  /** Found only with a query word's particle or plural dropped (커널에서 → 커널). */
  readonly viaEnding?: boolean;
}

export interface SearchOptions {
  /** The IME is still composing the query's last syllable. */
  readonly composing?: boolean;
  /** The page's language, whose names decide the order of equally good hits. */
  readonly locale: GlossaryLocale;
  /** That order, when it is known already (`compareByOrder`); `compareByName(locale)` if not. */
  readonly compare?: TermComparator;
  /**
   * Other spellings of the query's words to search for too ({@link synonymTable}), and the
   * particles and plurals that may be dropped from them ({@link stemmedQueries}).
   */
  readonly synonyms?: SynonymTable;
}

/** How a query matches one text: {@link matchText} as typed, {@link matchWords} for a synonym. */
type Matcher = (target: SearchText, query: string) => MatchKind | null;

function bestKind(texts: readonly SearchText[], query: string, match: Matcher): MatchKind | null {
  let best: MatchKind | null = null;
  for (const text of texts) {
    const kind = match(text, query);
    if (kind !== null && (best === null || KIND_ORDER[kind] < KIND_ORDER[best])) best = kind;
  }
  return best;
}

function rank(entry: IndexedTerm, query: string, match: Matcher): GlossaryHit | null {
  const { term } = entry;
  const name = bestKind(entry.names, query, match);
  if (name === 'exact') return { term, tier: MatchTier.exactName, detail: 0 };
  if (name === 'prefix') return { term, tier: MatchTier.namePrefix, detail: 0 };
  const alias = bestKind(entry.aliases, query, match);
  if (alias !== null) return { term, tier: MatchTier.alias, detail: KIND_ORDER[alias] };
  if (name === 'contains') return { term, tier: MatchTier.nameContains, detail: 0 };
  if (isChoseongQuery(query)) return null;
  if (bestKind(entry.shortTexts, query, match) !== null) {
    return { term, tier: MatchTier.definition, detail: 0 };
  }
  if (bestKind(entry.longTexts, query, match) !== null) {
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

interface Spelling {
  readonly text: string;
  readonly changed: boolean;
}

// The most rewritten queries one query may give, so a query of many synonyms stays cheap.
const MAX_SYNONYM_QUERIES = 16;

/** The query's normalised words, as the reader spaced them. */
function queryWords(rawQuery: string): string[] {
  return rawQuery.split(/\s+/).map(normalizeForSearch).filter(Boolean);
}

/**
 * The query rewritten with other spellings of its words (normalised, without the query itself):
 * each run of whole words that is a spelling of a synonym group is replaced by the group's
 * other spellings. Part of a word is never replaced (자원 is rewritten, 자원봉사 is not).
 */
export function synonymQueries(synonyms: SynonymTable, rawQuery: string): string[] {
  if (synonyms.others.size === 0) return [];
  const words = queryWords(rawQuery);
  // ways[i]: the first i words, spelled every way they can be; `changed` once a synonym is in.
  const ways: Spelling[][] = [[{ text: '', changed: false }]];
  for (let end = 1; end <= words.length; end += 1) {
    const found = new Map<string, Spelling>();
    for (let start = Math.max(0, end - synonyms.maxWords); start < end; start += 1) {
      const span = words.slice(start, end).join('');
      const tails: Spelling[] = (synonyms.others.get(span) ?? []).map((text) => ({
        text,
        changed: true,
      }));
      if (start === end - 1) tails.push({ text: span, changed: false });
      for (const head of ways[start] ?? []) {
        for (const tail of tails) {
          const text = head.text + tail.text;
          const changed = head.changed || tail.changed;
          found.set(`${changed ? '1' : '0'}${text}`, { text, changed });
        }
      }
    }
    // The query as typed first, so that the cap never drops it.
    const spellings = [...found.values()].sort((x, y) => Number(x.changed) - Number(y.changed));
    ways.push(spellings.slice(0, MAX_SYNONYM_QUERIES + 1));
  }
  const query = words.join('');
  const rewritten = (ways[words.length] ?? [])
    .filter((way) => way.changed && way.text !== query)
    .map((way) => way.text);
  return [...new Set(rewritten)].slice(0, MAX_SYNONYM_QUERIES);
}

/**
 * The fewest characters a query word keeps when its ending goes (룰을 stays): the search
 * stemmer's own minimum (a test checks; this module does not import the stemmer, whose suffix
 * list loads with the synonyms chunk).
 */
export const MIN_STEM_LENGTH = 2;
// The most queries with endings dropped that one query may give.
const MAX_STEMMED_QUERIES = 8;

/**
 * The longest ending a word may lose, in characters: at least the longest the search's stemmer
 * knows (들으로서부터, 6; a test checks). Only the word's last characters are tried, so a word
 * pasted 5,000 characters long costs no more per keystroke than a short one.
 */
export const MAX_ENDING_LENGTH = 8;

/** A normalised word without each ending `isEnding` accepts: `커널` of `커널에서`. */
function stemsOf(word: string, isEnding: WordEnding): string[] {
  const stems: string[] = [];
  const first = Math.max(MIN_STEM_LENGTH, word.length - MAX_ENDING_LENGTH);
  for (let end = first; end < word.length; end += 1) {
    if (isEnding(word.slice(end))) stems.push(word.slice(0, end));
  }
  return stems;
}

/**
 * The query with a particle, an ending or a plural `isEnding` accepts dropped from one or more
 * of its words (커널에서 → 커널, virtual machines → virtual machine): normalised words joined by
 * spaces, without the query itself. Only a whole ending goes, never the end of a word that no
 * ending follows (가상화 stays), and a word keeps at least two characters.
 */
export function stemmedQueries(rawQuery: string, isEnding: WordEnding): string[] {
  let ways: string[][] = [[]];
  for (const word of queryWords(rawQuery)) {
    const forms = [word, ...stemsOf(word, isEnding)];
    // The query as typed stays first, so that the cap never drops a way with an ending dropped
    // for it.
    ways = ways
      .flatMap((head) => forms.map((form) => [...head, form]))
      .slice(0, MAX_STEMMED_QUERIES + 1);
  }
  return ways.slice(1).map((way) => way.join(' '));
}

/** As typed, with an ending dropped, through a synonym, through a synonym of a stem. */
const rewriting = (hit: GlossaryHit): number =>
  (hit.viaSynonym === true ? 2 : 0) + (hit.viaEnding === true ? 1 : 0);

/**
 * Tier first; in a tier, a match as typed before one with an ending dropped, before one through
 * a synonym; then the detail.
 */
function compareHits(a: GlossaryHit, b: GlossaryHit): number {
  return a.tier - b.tier || rewriting(a) - rewriting(b) || a.detail - b.detail;
}

/** A query searched for besides the one typed, how, and what its hits are marked with. */
interface OtherQuery {
  readonly text: string;
  readonly match: Matcher;
  readonly via: Pick<GlossaryHit, 'viaSynonym' | 'viaEnding'>;
}

/**
 * The queries to search for besides the one typed: the query with endings dropped from its
 * words, the synonyms of the query, then those of the query with endings dropped.
 */
function otherQueries(rawQuery: string, synonyms: SynonymTable, composing: boolean): OtherQuery[] {
  // Another spelling stands for whole words (리소스 for 자원, not for 자원봉사), and none of it
  // is still being composed.
  const asWords: Matcher = (target, text) => matchWords(target, text, synonyms.isEnding);
  const stemmed = stemmedQueries(rawQuery, synonyms.isEnding);
  const last = queryWords(rawQuery).at(-1);
  const asStem: Matcher = (target, text) => matchStem(target, text, synonyms.isEnding);
  const asTyped: Matcher = (target, text) => matchText(target, text, composing);
  const others: OtherQuery[] = stemmed.map((spaced) => ({
    text: spaced.replaceAll(' ', ''),
    // A last word kept as typed may still be being composed; one without its ending is whole.
    match: spaced.split(' ').at(-1) === last ? asTyped : asStem,
    via: { viaEnding: true },
  }));
  for (const text of synonymQueries(synonyms, rawQuery)) {
    others.push({ text, match: asWords, via: { viaSynonym: true } });
  }
  const ofStems = new Set(stemmed.flatMap((spaced) => synonymQueries(synonyms, spaced)));
  for (const text of [...ofStems].slice(0, MAX_SYNONYM_QUERIES)) {
    others.push({ text, match: asWords, via: { viaSynonym: true, viaEnding: true } });
  }
  return others;
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
  const asTyped: Matcher = (target, text) => matchText(target, text, composing);
  const byName = options.compare ?? compareByName(options.locale);
  const { synonyms } = options;
  const others = synonyms ? otherQueries(rawQuery, synonyms, composing) : [];
  const hits: GlossaryHit[] = [];
  for (const entry of index.entries) {
    let best = rank(entry, query, asTyped);
    for (const other of others) {
      const found = rank(entry, other.text, other.match);
      const hit = found && { ...found, ...other.via };
      if (hit && (best === null || compareHits(hit, best) < 0)) best = hit;
    }
    if (best !== null) hits.push(best);
  }
  return hits.sort((a, b) => compareHits(a, b) || byName(a.term, b.term));
}
