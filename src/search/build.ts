/**
 * The build-time half of the site search, handed to `@easyops-cn/docusaurus-search-local` as its
 * `extension` option (an option our patch in patches/ adds; README, "Search"). Loaded by
 * docusaurus.config.ts in Node, never bundled for the browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type lunr from 'lunr';
import { glossary } from '../data/glossary';
import type { GlossaryTerm } from '../data/glossaryTypes';
import { formatKeywordGroups, termsUsedOnPage, type TermNames } from './keywords';
import { configureBuilder, latinOptions, type Lunr } from './lunrSetup';
import { spellingRules, synonymGroups, type PrhDictionary } from './synonyms';

/** A page as the plugin parsed it, before it is indexed. */
export interface ParsedPage {
  readonly pageTitle: string;
  readonly description: string;
  readonly keywords: string;
  readonly sections: readonly {
    readonly title: string;
    readonly hash: string;
    readonly content: string;
  }[];
  readonly breadcrumb: readonly string[];
}

/** What the patched plugin passes for each page it indexes. */
export interface IndexedPage {
  readonly url: string;
  readonly html: string;
  readonly page: {
    readonly pageTitle: string;
    readonly description?: string;
    readonly sections: readonly { readonly title: string; readonly content: string }[];
  };
}

/** The `extension` option of the patched plugin. */
export interface SearchExtension {
  /** Bundled into the search worker; exports `search` (src/search/search.ts). */
  readonly workerModule: string;
  /** Called on every lunr builder before documents are added. */
  readonly configureBuilder: (builder: lunr.Builder, lunrInstance: Lunr) => void;
  /** Extra keywords for a page, appended to its `<meta name="keywords">`. */
  readonly extraKeywords: (page: IndexedPage, lunrInstance: Lunr) => string;
  /** Rewrites a parsed page before it is indexed: the glossary, one section per term. */
  readonly transformPage: (page: {
    readonly url: string;
    readonly html: string;
    readonly type: string;
    readonly page: ParsedPage;
  }) => ParsedPage | null;
  /** Bundled into the client: the links offered when a query finds nothing (noResults.ts). */
  readonly clientModule: string;
  /** Changes whenever the tokenizer or the glossary does, so browsers fetch the new index. */
  readonly fingerprint: string;
}

/** Whether a page URL (base URL and locale included) is the glossary's. */
export function isGlossaryUrl(url: string): boolean {
  return /\/glossary\/?$/.test(url);
}

const condense = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The glossary page as the search indexes it: one section per term (`/glossary#<id>`), titled
 * with the term's names as the page shows them, holding its one-sentence definition (the snippet)
 * and its aliases as the page lists them, in brackets ("(도커 엔진, Docker Engine)"; the row's
 * label stays out, or its words would match every entry); no keywords (every term's names would
 * match the page as a whole). The long
 * explanations and the page's other text (introduction, filter, letter index) are not indexed: a
 * reader searching for a term wants its definition, and the glossary goes into every edition's
 * index, so it is kept small. Entries are `article[data-term-entry]`, their name the `h3`, their
 * one-sentence definition the first `p` child, their aliases the `[data-term-aliases]` row
 * (src/components/Glossary). A term with aliases in `terms` whose entry has no such row fails.
 */
export function glossaryPage(
  page: ParsedPage,
  html: string,
  terms: readonly GlossaryTerm[],
  where: string,
): ParsedPage {
  const $ = load(html);
  const byId = new Map(terms.map((term) => [term.id, term]));
  const sections = $('article[data-term-entry]')
    .toArray()
    .map((element) => {
      const $entry = $(element);
      const id = $entry.attr('id') ?? '';
      const title = condense($entry.find('h3').first().text());
      const definition = condense($entry.children('p').first().text());
      if (!id || !title || !definition) {
        throw new Error(
          `search index: ${where}: glossary entry "${id || '(no id)'}" has no ` +
            `${!id ? 'id' : !title ? 'h3 name' : 'p definition'} (src/search/build.ts, glossaryPage)`,
        );
      }
      const term = byId.get(id);
      const $aliases = $entry.find('[data-term-aliases]').first();
      const label = condense($aliases.find('dt').first().text());
      const names = condense($aliases.find('dd').first().text());
      const hasAliases = term !== undefined && term.aliases.ko.length + term.aliases.en.length > 0;
      if (hasAliases && (!label || !names)) {
        throw new Error(
          `search index: ${where}: glossary entry "${id}" has aliases in src/data/glossary.ts ` +
            'but no [data-term-aliases] row with a dt and a dd (src/search/build.ts, glossaryPage)',
        );
      }
      return {
        title,
        hash: `#${id}`,
        // The names in brackets, without the row's label: its words ("다른 이름", "Also
        // called") would make every glossary entry match a query that has them.
        content: [definition, names ? `(${names})` : ''].filter(Boolean).join(' '),
      };
    });
  if (sections.length === 0) {
    throw new Error(
      `search index: ${where}: the glossary page has no article[data-term-entry] (src/search/build.ts, glossaryPage)`,
    );
  }
  return { ...page, keywords: '', sections };
}

/** Every name of a glossary term: both languages' names and aliases. */
export function termNames(terms: readonly GlossaryTerm[]): TermNames[] {
  return terms.map((term) => ({
    id: term.id,
    names: [term.name.ko, term.name.en, ...term.aliases.ko, ...term.aliases.en],
  }));
}

function fingerprintOf(files: readonly string[]): string {
  const hash = createHash('md5');
  for (const file of files) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 8);
}

/** The proofreading dictionary of the site (prh's format), relative to the site's directory. */
export const TERMINOLOGY_FILE = 'src/data/terminology.json';

/** The site's proofreading dictionary; an empty one while the file does not exist. */
export function readTerminology(siteDir: string): PrhDictionary {
  const file = join(siteDir, TERMINOLOGY_FILE);
  if (!existsSync(file)) return { version: 1, rules: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as PrhDictionary;
}

/**
 * The extension for this site: Korean-aware tokenizing (src/search/tokenize.ts) and, in every
 * page's keywords, the names of the glossary terms the page uses and the spellings of the
 * proofreading dictionary's words it uses (src/search/synonyms.ts), one group per term or word.
 */
export function createSearchExtension(
  siteDir: string,
  terms: readonly GlossaryTerm[] = glossary,
  terminology: PrhDictionary = readTerminology(siteDir),
): SearchExtension {
  const names = synonymGroups(termNames(terms), spellingRules(terminology));
  const searchDir = join(siteDir, 'src/search');
  const sources = readdirSync(searchDir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(searchDir, file))
    .concat(join(siteDir, 'src/data/glossary.ts'), join(siteDir, TERMINOLOGY_FILE));
  return {
    workerModule: join(searchDir, 'search.ts'),
    configureBuilder,
    transformPage: ({ url, html, page }) =>
      isGlossaryUrl(url) ? glossaryPage(page, html, terms, url) : page,
    clientModule: join(searchDir, 'noResults.ts'),
    extraKeywords: ({ url, html, page }, lunrInstance) => {
      if (isGlossaryUrl(url)) return '';
      const text = [
        page.pageTitle,
        page.description ?? '',
        ...page.sections.map((section) => `${section.title}\n${section.content}`),
      ].join('\n');
      const used = termsUsedOnPage({ text, html }, names, latinOptions(lunrInstance));
      return formatKeywordGroups(used.map((term) => term.names));
    },
    fingerprint: fingerprintOf(sources.sort()),
  };
}
