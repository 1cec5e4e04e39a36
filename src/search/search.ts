/**
 * The query side of the site search, run in the plugin's search worker in place of its own
 * matching (see patches/ and src/search/README section in README.md).
 *
 * Each query word is looked up on its own, so a page is found when its words are spread over the
 * title and a section, and pages are ranked by how many query words they match first, then by
 * relevance; a missing word lowers a page instead of hiding it. One word matches:
 * - its stem exactly and as a prefix (가상 → 가상화, 가상머신), Korean words carrying particles
 *   having been reduced by the same tokenizer as the text;
 * - a Korean stem inside a compound (머신 → 가상머신);
 * - a Korean compound written with a space in the text (가상머신 → 가상 머신);
 * - the other names of the same glossary term (hypervisor → 하이퍼바이저, 파이어크래커 →
 *   Firecracker) and the other spellings of the proofreading dictionary (자원 → 리소스, 1형
 *   하이퍼바이저 → 타입 1 하이퍼바이저), read from the keyword groups the build put into the index
 *   ({@link parseKeywordGroups}, src/search/synonyms.ts). A synonym stands for a whole query
 *   word or a run of them, never for part of a word, and a synonym of several words matches
 *   only where the text has them next to each other.
 * Pages are ranked by the number of query words they match, then by the number they match as
 * typed (a page that says 자원 comes before one that only says 리소스, for the query 자원), then
 * by relevance. Korean words are never matched with an edit distance: one syllable apart is
 * another word (설정/설치).
 */
import type lunr from 'lunr';
import { parseKeywordGroups } from './keywords';
import type { Lunr } from './lunrSetup';
import { latinOptions } from './lunrSetup';
import { stemKorean } from './korean';
import { tokenize, type LatinOptions, type SearchToken } from './tokenize';

/** One entry of the plugin's index (`t` text, `u` URL, `h` anchor, `p` page id, `s` section). */
export interface SearchDocument {
  readonly i: number;
  readonly t: string;
  readonly u: string;
  readonly h?: string;
  readonly p?: number;
  readonly s?: string;
  readonly b?: readonly string[];
}

/** The plugin's document types, in the order of its index files. */
export const DocumentType = {
  Title: 0,
  Heading: 1,
  Description: 2,
  Keywords: 3,
  Content: 4,
} as const;

export interface WrappedIndex {
  readonly type: number;
  readonly documents: readonly SearchDocument[];
  readonly index: lunr.Index;
}

type Metadata = Record<string, Record<string, { position?: [number, number][] }>>;

/** A result as the plugin's search bar and search page render it. */
export interface SearchResult {
  document: SearchDocument;
  type: number;
  page: SearchDocument | false | undefined;
  metadata: Metadata;
  tokens: string[];
  score: number;
}

// How much a match counts, by where it is.
const TYPE_WEIGHT: Readonly<Record<number, number>> = { 0: 3, 1: 2, 2: 1.2, 3: 1.5, 4: 1 };
const BOOST = {
  exact: 10,
  second: 6,
  prefix: 4,
  alternative: 5,
  infix: 1.5,
  fuzzy: 0.5,
  // Several query words that are one name, found as that name or as another name of it: a
  // stronger sign than each word found on its own, and the name as typed above another name.
  phrase: 15,
  synonymPhrase: 12,
};

/**
 * One more way of matching a query word: all its terms, next to each other and in order, in the
 * same entry. `synonym` when it is another name or spelling, not the word itself.
 */
interface Alternative {
  readonly terms: readonly string[];
  readonly boost: number;
  readonly synonym: boolean;
}

export interface QueryWord {
  readonly token: SearchToken;
  /** The term, and for Korean the term stemmed once more (see {@link stemKorean}). */
  readonly terms: readonly string[];
  readonly isLast: boolean;
  readonly alternatives: Alternative[];
  /** Names of the same glossary term in other languages, for highlighting. */
  readonly synonyms: string[];
  /**
   * Part of a name of several words the query is read as (1형 하이퍼바이저; `host OS kernel` is
   * read as `host OS` + `kernel`, longest name first): the word counts as found as typed only
   * where the whole name is, and little where it stands alone (a lone `1` or `형` says nothing).
   */
  inName: boolean;
}

interface IndexData {
  /** Every term of every index, and the same as a set. */
  readonly dictionary: readonly string[];
  readonly terms: ReadonlySet<string>;
  readonly pages: ReadonlyMap<number, SearchDocument>;
  /** Glossary name groups, by the terms of each name. */
  readonly groups: readonly (readonly { readonly name: string; readonly terms: string[] }[])[];
  /** The groups with a name, by {@link nameKeys}. */
  readonly groupsByName: ReadonlyMap<string, readonly number[]>;
}

const indexData = new WeakMap<readonly WrappedIndex[], IndexData>();

function loadIndexData(indexes: readonly WrappedIndex[], latin: LatinOptions): IndexData {
  const cached = indexData.get(indexes);
  if (cached) return cached;
  const dictionary = new Set<string>();
  const pages = new Map<number, SearchDocument>();
  const groups: { name: string; terms: string[] }[][] = [];
  const seen = new Set<string>();
  for (const { type, documents, index } of indexes) {
    const inverted = (index as lunr.Index & { invertedIndex: Record<string, unknown> })
      .invertedIndex;
    for (const term of Object.keys(inverted)) dictionary.add(term);
    for (const document of documents) {
      if (type === DocumentType.Title) pages.set(document.i, document);
      if (type === DocumentType.Keywords) {
        for (const names of parseKeywordGroups(document.t)) {
          const key = names.join('/');
          if (names.length < 2 || seen.has(key)) continue;
          seen.add(key);
          groups.push(
            names.map((name) => ({ name, terms: tokenize(name, latin).map((t) => t.term) })),
          );
        }
      }
    }
  }
  const groupsByName = new Map<string, number[]>();
  groups.forEach((group, at) => {
    for (const key of group.flatMap((name) => nameKeys(name.terms))) {
      const list = groupsByName.get(key) ?? [];
      if (!list.includes(at)) list.push(at);
      groupsByName.set(key, list);
    }
  });
  const data = { dictionary: [...dictionary], terms: dictionary, pages, groups, groupsByName };
  indexData.set(indexes, data);
  return data;
}

/** Splits a Korean compound the text writes with a space (가상머신 → 가상 + 머신). */
function splitCompound(term: string, dictionary: ReadonlySet<string>): string[] | null {
  if (term.length < 4 || dictionary.has(term)) return null;
  for (let cut = 2; cut <= term.length - 2; cut += 1) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    if (dictionary.has(head) && dictionary.has(tail)) return [head, tail];
  }
  return null;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}

const HANGUL_ONLY = /^[가-힣]+$/;

/**
 * True when two runs of terms spell the same name: the same terms, or the same Korean words
 * spaced differently (카타컨테이너 / 카타 컨테이너, 파일 시스템 / 파일시스템).
 */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (sameTerms(a, b)) return true;
  const hangul = (terms: readonly string[]) => terms.every((term) => HANGUL_ONLY.test(term));
  return a.length > 0 && b.length > 0 && hangul(a) && hangul(b) && a.join('') === b.join('');
}

/** Keys under which two runs of terms that spell the same name ({@link sameName}) meet. */
function nameKeys(terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  const keys = [`=${terms.join(' ')}`];
  if (terms.every((term) => HANGUL_ONLY.test(term))) keys.push(`~${terms.join('')}`);
  return keys;
}

// How much a word of a longer name counts where it stands alone, not in the name.
const LONE_WORD_WEIGHT = 0.2;

// The longest name, in query words, that can stand for a synonym.
const MAX_NAME_WORDS = 6;

/** The words of a query, each with every way it can match. */
export function parseQuery(
  input: string,
  indexes: readonly WrappedIndex[],
  lunrInstance: Lunr,
): QueryWord[] {
  const latin = latinOptions(lunrInstance);
  const data = loadIndexData(indexes, latin);
  const tokens = tokenize(input, latin);
  const words: QueryWord[] = tokens.map((token, i) => {
    const terms = [token.term];
    if (token.script === 'hangul') {
      const again = stemKorean(token.term);
      if (again !== token.term) terms.push(again);
    }
    const alternatives: Alternative[] = [];
    if (token.script === 'hangul') {
      const parts = splitCompound(token.term, data.terms);
      if (parts) alternatives.push({ terms: parts, boost: BOOST.alternative, synonym: false });
    }
    return {
      token,
      terms,
      isLast: i === tokens.length - 1,
      alternatives,
      synonyms: [],
      inName: false,
    };
  });
  // A run of query words that spells one name of a glossary term or one spelling of the
  // dictionary (a single word, or several: "virtual machine", 1형 하이퍼바이저) can also be
  // matched by the group's other names.
  // The longest name of several words that starts at each word.
  const longest = new Map<number, number>();
  for (let start = 0; start < words.length; start += 1) {
    for (let end = Math.min(words.length, start + MAX_NAME_WORDS); end > start; end -= 1) {
      const span = words.slice(start, end);
      const spanTerms = span.map((word) => word.token.term);
      const phrase = span.length > 1;
      const add = (word: QueryWord, alternative: Alternative): void => {
        if (word.alternatives.some((known) => sameTerms(known.terms, alternative.terms))) return;
        word.alternatives.push(alternative);
      };
      const found = new Set(nameKeys(spanTerms).flatMap((key) => data.groupsByName.get(key) ?? []));
      if (phrase && found.size > 0 && !longest.has(start)) longest.set(start, end);
      for (const group of [...found].sort((a, b) => a - b).map((at) => data.groups[at] ?? [])) {
        for (const word of span) {
          if (phrase) add(word, { terms: spanTerms, boost: BOOST.phrase, synonym: false });
        }
        for (const other of group) {
          if (other.terms.length === 0 || sameTerms(other.terms, spanTerms)) continue;
          // The same Korean words spaced otherwise (가상 머신, 가상머신) are the words as typed.
          const spacing = sameName(other.terms, spanTerms);
          const boost = phrase ? (spacing ? BOOST.phrase : BOOST.synonymPhrase) : BOOST.alternative;
          for (const word of span) {
            word.synonyms.push(other.name);
            add(word, { terms: other.terms, boost, synonym: !spacing });
          }
        }
      }
    }
  }
  // Read the query as names, longest first from its start.
  for (let start = 0; start < words.length;) {
    const end = longest.get(start);
    if (end === undefined) {
      start += 1;
      continue;
    }
    for (const word of words.slice(start, end)) word.inName = true;
    start = end;
  }
  return words;
}

/** One term to look up, with the weight of a match on it. */
interface Expansion {
  readonly term: string;
  readonly boost: number;
}

// How many dictionary terms one prefix or infix may expand to; the shortest are kept.
const MAX_EXPANSIONS = 24;

function closest(terms: readonly string[], boost: number): Expansion[] {
  return [...terms]
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map((term) => ({ term, boost }));
}

/** True when two terms are one edit (insert, delete or substitute) apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The index terms one query word matches, found in the index's dictionary with plain string tests
 * (lunr's own wildcards are far too slow for infix matching on every keystroke).
 */
function expandWord(word: QueryWord, dictionary: readonly string[]): Expansion[] {
  const [first, second] = word.terms;
  if (first === undefined) return [];
  const korean = word.token.script === 'hangul';
  const expansions: Expansion[] = [{ term: first, boost: BOOST.exact }];
  if (second !== undefined) expansions.push({ term: second, boost: BOOST.second });
  const prefixed: string[] = [];
  const inner: string[] = [];
  const fuzzy: string[] = [];
  for (const term of dictionary) {
    if (term === first || term === second) continue;
    if (term.startsWith(first) || (second !== undefined && term.startsWith(second))) {
      prefixed.push(term);
    } else if (korean && first.length >= 2 && term.includes(first)) {
      inner.push(term);
    } else if (!korean && word.token.surface.length >= 5 && oneEditApart(first, term)) {
      fuzzy.push(term);
    }
  }
  const prefixBoost = korean || word.isLast ? BOOST.prefix : BOOST.prefix / 2;
  if (korean || first.length >= 2) expansions.push(...closest(prefixed, prefixBoost));
  expansions.push(...closest(inner, BOOST.infix), ...closest(fuzzy, BOOST.fuzzy));
  return expansions;
}

/** The index terms one term of an alternative matches: itself, and Korean terms it starts. */
function expandTerm(term: string, dictionary: readonly string[]): Expansion[] {
  const expansions: Expansion[] = [{ term, boost: BOOST.exact }];
  if (/[가-힣]/.test(term)) {
    const prefixed = dictionary.filter((other) => other !== term && other.startsWith(term));
    expansions.push(...closest(prefixed, BOOST.prefix));
  }
  return expansions;
}

function runQuery(index: lunr.Index, expansions: readonly Expansion[]): lunr.Index.Result[] {
  if (expansions.length === 0) return [];
  return index.query((query) => {
    for (const { term, boost } of expansions) query.term(term, { boost, usePipeline: false });
  });
}

interface Hit {
  readonly type: number;
  readonly document: SearchDocument;
  readonly pageId: number;
  readonly wordScores: Map<number, number>;
  /** The query words this entry matches as typed, not only through a synonym. */
  readonly typedWords: Set<number>;
  metadata: Metadata;
}

function mergeMetadata(into: Metadata, from: Metadata): void {
  for (const [term, fields] of Object.entries(from)) {
    const target = (into[term] ??= {});
    for (const [field, data] of Object.entries(fields)) {
      const incoming = data.position ?? [];
      const existing = target[field]?.position;
      if (!existing) {
        target[field] = { position: incoming.slice() };
        continue;
      }
      const seen = new Set(existing.map(([start, length]) => `${String(start)}:${String(length)}`));
      for (const position of incoming) {
        const key = `${String(position[0])}:${String(position[1])}`;
        if (!seen.has(key)) {
          seen.add(key);
          existing.push(position);
        }
      }
    }
  }
}

type Position = readonly [number, number];

/** Where the matched terms of a result are in its text. */
function positionsOf(metadata: Metadata): Position[] {
  return Object.values(metadata).flatMap((fields) => fields.t?.position ?? []);
}

// The most characters between two words of a phrase: a space, a particle, an English stop word.
const MAX_PHRASE_GAP = 12;

/**
 * True when `text` has the terms at `positions` (one list per term of a phrase) one after the
 * other, with nothing between them that is itself a search term.
 */
function inSequence(text: string, positions: readonly Position[][], latin: LatinOptions): boolean {
  let ends: number[] = (positions[0] ?? []).map(([start, length]) => start + length);
  for (const next of positions.slice(1)) {
    ends = next
      .filter(([start]) =>
        ends.some(
          (end) =>
            start >= end &&
            start - end <= MAX_PHRASE_GAP &&
            tokenize(text.slice(end, start), latin).length === 0,
        ),
      )
      .map(([start, length]) => start + length);
    if (ends.length === 0) return false;
  }
  return ends.length > 0;
}

interface Match {
  readonly ref: string;
  readonly score: number;
  readonly metadata: Metadata;
}

/** The results of an alternative whose every term must be in the entry, in order. */
function matchAll(
  alternative: Alternative,
  lookUp: (term: string, whole: boolean) => lunr.Index.Result[],
  textOf: (ref: string) => string | undefined,
  latin: LatinOptions,
): Match[] {
  let combined: Map<string, Match & { positions: Position[][] }> | null = null;
  for (const term of alternative.terms) {
    const found = new Map<string, Match & { positions: Position[][] }>();
    // Another name is matched as a whole: 리소스 stands for 자원, never for 자원봉사.
    for (const result of lookUp(term, alternative.synonym)) {
      const previous = combined?.get(result.ref);
      if (combined && !previous) continue;
      const metadata: Metadata = {};
      if (previous) mergeMetadata(metadata, previous.metadata);
      const own = result.matchData.metadata as Metadata;
      mergeMetadata(metadata, own);
      found.set(result.ref, {
        ref: result.ref,
        score: (previous?.score ?? 0) + result.score,
        metadata,
        positions: [...(previous?.positions ?? []), positionsOf(own)],
      });
    }
    combined = found;
    if (found.size === 0) break;
  }
  const phrase = alternative.terms.length > 1;
  return [...(combined?.values() ?? [])]
    .filter((match) => !phrase || inSequence(textOf(match.ref) ?? '', match.positions, latin))
    .map((match) => ({
      ref: match.ref,
      metadata: match.metadata,
      score: (match.score / alternative.terms.length) * (alternative.boost / BOOST.exact),
    }));
}

/** How many entries one page may show, so that more pages fit in a short list. */
function entriesPerPage(limit: number): number {
  return limit <= 10 ? 2 : Math.ceil(limit / 4);
}

/**
 * Searches the plugin's indexes of one edition and locale. Returns at most `limit` results,
 * the best page first; each page's title (or keywords) entry comes before its sections.
 */
export function search(
  indexes: readonly WrappedIndex[],
  input: string,
  limit: number,
  lunrInstance: Lunr,
): SearchResult[] {
  const words = parseQuery(input, indexes, lunrInstance);
  if (words.length === 0) return [];
  const latin = latinOptions(lunrInstance);
  const data = loadIndexData(indexes, latin);
  const expansions = words.map((word) => expandWord(word, data.dictionary));
  // The terms of alternatives, expanded once for all the indexes (a scan of the dictionary).
  const expanded = new Map<string, Expansion[]>();
  const expand = (term: string): Expansion[] => {
    const known = expanded.get(term) ?? expandTerm(term, data.dictionary);
    expanded.set(term, known);
    return known;
  };
  const hits = new Map<string, Hit>();
  for (const { type, documents, index } of indexes) {
    const byRef = new Map(documents.map((document) => [String(document.i), document]));
    const textOf = (ref: string) => byRef.get(ref)?.t;
    const alternatives = new Map<string, Match[]>();
    // Many names share a term (하이퍼바이저 in five of them): look each term up once.
    const looked = new Map<string, lunr.Index.Result[]>();
    const lookUp = (term: string, whole: boolean): lunr.Index.Result[] => {
      const key = `${whole ? '=' : '~'}${term}`;
      const known =
        looked.get(key) ?? runQuery(index, whole ? [{ term, boost: BOOST.exact }] : expand(term));
      looked.set(key, known);
      return known;
    };
    // The keywords entry holds the names of the terms a page uses, whatever the page calls
    // them: a word found only there is found through a synonym.
    const typed = type !== DocumentType.Keywords;
    const record = (
      ref: string,
      wordIndex: number,
      score: number,
      metadata: Metadata,
      asTyped: boolean,
    ): void => {
      const document = byRef.get(ref);
      if (!document) return;
      const key = `${String(type)}:${ref}`;
      let hit = hits.get(key);
      if (!hit) {
        const pageId = type === DocumentType.Title ? document.i : (document.p ?? document.i);
        hit = {
          type,
          document,
          pageId,
          wordScores: new Map(),
          typedWords: new Set(),
          metadata: {},
        };
        hits.set(key, hit);
      }
      const weighted = score * (TYPE_WEIGHT[type] ?? 1);
      hit.wordScores.set(wordIndex, Math.max(hit.wordScores.get(wordIndex) ?? 0, weighted));
      if (asTyped) hit.typedWords.add(wordIndex);
      mergeMetadata(hit.metadata, metadata);
    };
    expansions.forEach((wordExpansions, wordIndex) => {
      // A word of a longer name found on its own (the 1 of 1형 하이퍼바이저) counts little.
      const inName = words[wordIndex]?.inName === true;
      const weight = inName ? LONE_WORD_WEIGHT : 1;
      for (const result of runQuery(index, wordExpansions)) {
        const metadata = result.matchData.metadata as Metadata;
        record(result.ref, wordIndex, result.score * weight, metadata, typed && !inName);
      }
      for (const alternative of words[wordIndex]?.alternatives ?? []) {
        // The words of a multi-word name share its alternatives: look each up once.
        const key = `${String(alternative.boost)}|${String(alternative.synonym)}|${alternative.terms.join(' ')}`;
        const matches = alternatives.get(key) ?? matchAll(alternative, lookUp, textOf, latin);
        alternatives.set(key, matches);
        for (const match of matches) {
          record(match.ref, wordIndex, match.score, match.metadata, typed && !alternative.synonym);
        }
      }
    });
  }

  // Rank pages by the number of query words they match anywhere, then by the number they match
  // as typed, then by relevance.
  const pages = new Map<
    number,
    { hits: Hit[]; words: Set<number>; typedWords: Set<number>; relevance: number }
  >();
  for (const hit of hits.values()) {
    const page = pages.get(hit.pageId) ?? {
      hits: [],
      words: new Set<number>(),
      typedWords: new Set<number>(),
      relevance: 0,
    };
    page.hits.push(hit);
    for (const wordIndex of hit.wordScores.keys()) page.words.add(wordIndex);
    for (const wordIndex of hit.typedWords) page.typedWords.add(wordIndex);
    pages.set(hit.pageId, page);
  }
  for (const page of pages.values()) {
    page.relevance = [...page.words].reduce(
      (sum, wordIndex) =>
        sum + Math.max(...page.hits.map((hit) => hit.wordScores.get(wordIndex) ?? 0)),
      0,
    );
  }
  // The glossary (one page, a section per term) comes after the doc pages that match as many
  // words, unless a term's name matches every query word: `도커` offers its definition first, a
  // phrase found in several definitions does not push the docs down.
  const isGlossaryPage = (page: { hits: Hit[] }): boolean =>
    page.hits.some((hit) => /\/glossary\/?$/.test(hit.document.u)) &&
    !page.hits.some(
      (hit) => hit.type === DocumentType.Heading && hit.wordScores.size === words.length,
    );
  const ranked = [...pages.values()].sort(
    (a, b) =>
      b.words.size - a.words.size ||
      b.typedWords.size - a.typedWords.size ||
      Number(isGlossaryPage(a)) - Number(isGlossaryPage(b)) ||
      b.relevance - a.relevance,
  );

  const tokens = highlightTokens(words);
  const perPage = entriesPerPage(limit);
  const results: SearchResult[] = [];
  const total = (hit: Hit): number => [...hit.wordScores.values()].reduce((a, b) => a + b, 0);
  for (const page of ranked) {
    const head =
      page.hits.find((hit) => hit.type === DocumentType.Title) ??
      page.hits.find((hit) => hit.type === DocumentType.Keywords);
    const seenSections = new Set<string>();
    const sections = page.hits
      .filter((hit) => hit.type !== DocumentType.Title && hit.type !== DocumentType.Keywords)
      .sort((a, b) => b.wordScores.size - a.wordScores.size || total(b) - total(a))
      .filter((hit) => {
        const section = hit.document.h ?? '';
        if (seenSections.has(section)) return false;
        seenSections.add(section);
        return true;
      });
    const entries = (head ? [head] : []).concat(sections).slice(0, perPage);
    for (const hit of entries) {
      if (results.length >= limit) return results;
      results.push({
        document: hit.document,
        type: hit.type,
        page: hit.type === DocumentType.Title ? false : data.pages.get(hit.pageId),
        metadata: hit.metadata,
        tokens,
        score: total(hit),
      });
    }
  }
  return results;
}

/** What the results and the target page highlight: the words typed, their stems, synonyms. */
function highlightTokens(words: readonly QueryWord[]): string[] {
  const tokens = new Set<string>();
  for (const word of words) {
    tokens.add(word.token.surface);
    tokens.add(word.token.term);
    // The target page marks each word of a token on its own, so a name of several words would
    // light up every `virtual` and `machine`: only one-word names are highlighted.
    for (const synonym of word.synonyms) {
      if (!/\s/.test(synonym.trim())) tokens.add(synonym.toLowerCase());
    }
  }
  // A single letter or syllable (the 형 of 1형 하이퍼바이저) would light up the same letter in
  // every word of the page: it is highlighted only when the query has nothing longer.
  const longest = Math.max(...[...tokens].map((token) => token.length));
  return [...tokens]
    .filter((token) => token.length >= Math.min(2, longest))
    .sort((a, b) => b.length - a.length);
}
