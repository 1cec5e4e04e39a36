/**
 * The build-time half of the site search, handed to `@easyops-cn/docusaurus-search-local` as its
 * `extension` option (an option our patch in patches/ adds; README, "Search"). Loaded by
 * docusaurus.config.ts in Node, never bundled for the browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type lunr from 'lunr';
import { glossary } from '../data/glossary';
import type { GlossaryTerm } from '../data/glossaryTypes';
import { formatKeywordGroups, termsUsedOnPage, type TermNames } from './keywords';
import { configureBuilder, latinOptions, type Lunr } from './lunrSetup';
import { spellingRules, synonymGroups, type PrhDictionary } from './synonyms';

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
  /** Changes whenever the tokenizer or the glossary does, so browsers fetch the new index. */
  readonly fingerprint: string;
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
    extraKeywords: ({ html, page }, lunrInstance) => {
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
