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
 * - the names of the same glossary term in the other language (hypervisor → 하이퍼바이저), read
 *   from the keyword groups the build put into the index ({@link parseKeywordGroups}).
 * Korean words are never matched with an edit distance: one syllable apart is another word
 * (설정/설치).
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
const BOOST = { exact: 10, second: 6, prefix: 4, alternative: 5, infix: 1.5, fuzzy: 0.5 };

/** One way of matching a query word: all its terms must be in the same entry. */
interface Alternative {
  readonly terms: readonly string[];
  readonly boost: number;
}

export interface QueryWord {
  readonly token: SearchToken;
  /** The term, and for Korean the term stemmed once more (see {@link stemKorean}). */
  readonly terms: readonly string[];
  readonly isLast: boolean;
  readonly alternatives: Alternative[];
  /** Names of the same glossary term in other languages, for highlighting. */
  readonly synonyms: string[];
}

interface IndexData {
  /** Every term of every index, and the same as a set. */
  readonly dictionary: readonly string[];
  readonly terms: ReadonlySet<string>;
  readonly pages: ReadonlyMap<number, SearchDocument>;
  /** Glossary name groups, by the terms of each name. */
  readonly groups: readonly (readonly { readonly name: string; readonly terms: string[] }[])[];
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
  const data = { dictionary: [...dictionary], terms: dictionary, pages, groups };
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
      if (parts) alternatives.push({ terms: parts, boost: BOOST.alternative });
    }
    return { token, terms, isLast: i === tokens.length - 1, alternatives, synonyms: [] };
  });
  // A run of query words that spells one name of a glossary term (a single word, or several:
  // "virtual machine") can also be matched by the term's other names.
  for (let start = 0; start < words.length; start += 1) {
    for (let end = Math.min(words.length, start + 3); end > start; end -= 1) {
      const span = words.slice(start, end);
      const spanTerms = span.map((word) => word.token.term);
      for (const group of data.groups) {
        if (!group.some((name) => sameTerms(name.terms, spanTerms))) continue;
        for (const other of group) {
          if (other.terms.length === 0 || sameTerms(other.terms, spanTerms)) continue;
          for (const word of span) {
            word.alternatives.push({ terms: other.terms, boost: BOOST.alternative });
            word.synonyms.push(other.name);
          }
        }
      }
    }
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

/** The results of an alternative whose every term must be in the entry. */
function matchAll(
  index: lunr.Index,
  alternative: Alternative,
  dictionary: readonly string[],
): { ref: string; score: number; metadata: Metadata }[] {
  let combined: Map<string, { ref: string; score: number; metadata: Metadata }> | null = null;
  for (const term of alternative.terms) {
    const found = new Map<string, { ref: string; score: number; metadata: Metadata }>();
    for (const result of runQuery(index, expandTerm(term, dictionary))) {
      const previous: { score: number; metadata: Metadata } | undefined = combined?.get(result.ref);
      if (combined && !previous) continue;
      const metadata: Metadata = {};
      if (previous) mergeMetadata(metadata, previous.metadata);
      mergeMetadata(metadata, result.matchData.metadata as Metadata);
      found.set(result.ref, {
        ref: result.ref,
        score: (previous?.score ?? 0) + result.score,
        metadata,
      });
    }
    combined = found;
    if (found.size === 0) break;
  }
  return [...(combined?.values() ?? [])].map((match) => ({
    ...match,
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
  const data = loadIndexData(indexes, latinOptions(lunrInstance));
  const expansions = words.map((word) => expandWord(word, data.dictionary));
  const hits = new Map<string, Hit>();
  for (const { type, documents, index } of indexes) {
    const byRef = new Map(documents.map((document) => [String(document.i), document]));
    const alternatives = new Map<string, ReturnType<typeof matchAll>>();
    const record = (ref: string, wordIndex: number, score: number, metadata: Metadata): void => {
      const document = byRef.get(ref);
      if (!document) return;
      const key = `${String(type)}:${ref}`;
      let hit = hits.get(key);
      if (!hit) {
        const pageId = type === DocumentType.Title ? document.i : (document.p ?? document.i);
        hit = { type, document, pageId, wordScores: new Map(), metadata: {} };
        hits.set(key, hit);
      }
      const weighted = score * (TYPE_WEIGHT[type] ?? 1);
      hit.wordScores.set(wordIndex, Math.max(hit.wordScores.get(wordIndex) ?? 0, weighted));
      mergeMetadata(hit.metadata, metadata);
    };
    expansions.forEach((wordExpansions, wordIndex) => {
      for (const result of runQuery(index, wordExpansions)) {
        record(result.ref, wordIndex, result.score, result.matchData.metadata as Metadata);
      }
      for (const alternative of words[wordIndex]?.alternatives ?? []) {
        // The words of a multi-word name share its alternatives: look each up once.
        const key = `${String(alternative.boost)}|${alternative.terms.join(' ')}`;
        const matches = alternatives.get(key) ?? matchAll(index, alternative, data.dictionary);
        alternatives.set(key, matches);
        for (const match of matches) {
          record(match.ref, wordIndex, match.score, match.metadata);
        }
      }
    });
  }

  // Rank pages by the number of query words they match anywhere, then by relevance.
  const pages = new Map<number, { hits: Hit[]; words: Set<number>; relevance: number }>();
  for (const hit of hits.values()) {
    const page = pages.get(hit.pageId) ?? { hits: [], words: new Set<number>(), relevance: 0 };
    page.hits.push(hit);
    for (const wordIndex of hit.wordScores.keys()) page.words.add(wordIndex);
    pages.set(hit.pageId, page);
  }
  for (const page of pages.values()) {
    page.relevance = [...page.words].reduce(
      (sum, wordIndex) =>
        sum + Math.max(...page.hits.map((hit) => hit.wordScores.get(wordIndex) ?? 0)),
      0,
    );
  }
  const ranked = [...pages.values()].sort(
    (a, b) => b.words.size - a.words.size || b.relevance - a.relevance,
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
  return [...tokens].filter(Boolean).sort((a, b) => b.length - a.length);
}
