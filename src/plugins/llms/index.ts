/**
 * Docusaurus plugin: Markdown copies of the site for wikis and assistants, written into each
 * locale's build folder after the pages (`postBuild`):
 *
 * - `<page URL>.md` for every doc page of every edition (`/docs/containers.md`,
 *   `/docs/2021.02/containers.md`; a docs index, whose URL ends with `/`, gets
 *   `index.html.md`: `/docs/index.html.md`) and `/glossary.md`, and the same under `/en/`
 *   (`./paths.ts`). MDX becomes clean Markdown (`./convert.ts`, `./components.ts`).
 * - `/llms.txt` (https://llmstxt.org): the site's title and summary, then every revised-edition
 *   page in sidebar order and the glossary, each linked to its Markdown copy with a one-line
 *   description (`sidebar_custom_props.summary`, else `description`); the original edition under
 *   `## Optional`.
 * - `/llms-full.txt`: the Markdown of every revised-edition page and of the glossary, in order.
 *
 * Absolute URLs come from the config's `url` and the locale's base URL (SITE_URL, BASE_URL).
 * Pages and editions come from the docs plugin's loaded content (sidebars, versions), as for the
 * study path: a page added to `sidebars.ts` gets its copy with no other change.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { LoadedContent, LoadedVersion } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { stepSummary } from '../../components/StudyPath/steps';
import { canonicalUrl } from '../../utils/canonicalUrl';
import type { GlossaryLocale } from '../../data/glossaryTypes';
import type { Edition, MarkdownContext, StudyPathEntry } from './context';
import { mdxToMdast, stringify } from './convert';
import { glossaryMarkdown } from './glossary';
import { knowledgeCheckSection, usedKnowledgeCheck } from './knowledgeCheck';
import { llmsFullTxt, llmsTxt, type LlmsEntry } from './llmsTxt';
import { markdownPath } from './paths';
import { DOCS_PLUGIN, sidebarDocIds } from '../loadedSidebar';

type LoadedDoc = LoadedVersion['docs'][number];

/** The docs of a version: those its first sidebar lists, in order, then any other. */
function docsInOrder(version: LoadedVersion): LoadedDoc[] {
  const byId = new Map(version.docs.map((doc) => [doc.id, doc]));
  const sidebar = Object.values(version.sidebars)[0] ?? [];
  const ordered = sidebarDocIds(sidebar).flatMap((id) => {
    const doc = byId.get(id);
    return doc === undefined || doc.unlisted ? [] : [doc];
  });
  const listed = new Set(ordered);
  return [...ordered, ...version.docs.filter((doc) => !listed.has(doc) && !doc.unlisted)];
}

function oneLine(doc: LoadedDoc): string {
  return stepSummary(doc.id, doc.frontMatter.sidebar_custom_props, doc.description);
}

export interface SiteInfo {
  readonly siteDir: string;
  /** The site's public origin (+ path), the config's `url`. */
  readonly siteUrl: string;
  /** The locale's base URL (`/`, `/en/`, `/repo/en/`). */
  readonly baseUrl: string;
  readonly locale: string;
  readonly title: string;
}

function codeMessages(siteDir: string, locale: string): (id: string) => string {
  const file = join(siteDir, 'i18n', locale, 'code.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
  return (id) => {
    const message = messages[id]?.message;
    if (message === undefined) {
      throw new Error(
        `[llms] ${relative(siteDir, file)} has no message "${id}": run \`npm run write-translations -- --locale ${locale}\``,
      );
    }
    return message;
  };
}

export interface MarkdownFile {
  /** Path in the locale's build folder (`docs/containers.md`). */
  readonly file: string;
  readonly url: string;
  readonly markdown: string;
}

export interface SiteMarkdown {
  readonly files: readonly MarkdownFile[];
  readonly llmsTxt: string;
  readonly llmsFullTxt: string;
}

/** Every Markdown copy of one locale, llms.txt and llms-full.txt. */
export function siteMarkdown(site: SiteInfo, versions: readonly LoadedVersion[]): SiteMarkdown {
  const message = codeMessages(site.siteDir, site.locale);
  const absolute = (pathname: string, anchor?: string): string =>
    canonicalUrl(site.siteUrl, pathname, anchor);
  const fileOf = (permalink: string): string => {
    const path = markdownPath(permalink);
    if (!path.startsWith(site.baseUrl)) {
      throw new Error(`[llms] ${permalink} is outside the base URL ${site.baseUrl}`);
    }
    return path.slice(site.baseUrl.length);
  };

  const files: MarkdownFile[] = [];
  const revised: LlmsEntry[] = [];
  const original: LlmsEntry[] = [];
  const revisedMarkdown: string[] = [];
  let summary = '';

  for (const version of versions) {
    const edition: Edition = version.versionName === 'current' ? 'revised' : 'original';
    const docs = docsInOrder(version);
    const bySource = new Map(
      docs.map((doc) => [resolve(site.siteDir, doc.source.replace(/^@site\//, '')), doc]),
    );
    const studyPath: StudyPathEntry[] = docs.map((doc) => ({
      docId: doc.id,
      label: doc.frontMatter.sidebar_label ?? doc.title,
      url: absolute(doc.permalink),
      summary: oneLine(doc),
    }));
    for (const doc of docs) {
      const sourceFile = resolve(site.siteDir, doc.source.replace(/^@site\//, ''));
      const file = relative(site.siteDir, sourceFile);
      const link = (url: string): string => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
        const [path = '', anchor] = url.split('#', 2);
        if (path === '') return absolute(doc.permalink, anchor);
        if (path.startsWith('/')) return absolute(`${site.baseUrl}${path.slice(1)}`, anchor);
        const target = bySource.get(resolve(dirname(sourceFile), decodeURIComponent(path)));
        if (target === undefined) {
          throw new Error(`[llms] ${file}: the link "${url}" leads to no doc of this edition`);
        }
        return absolute(target.permalink, anchor);
      };
      const context: MarkdownContext = {
        file,
        docId: doc.id,
        locale: site.locale,
        edition,
        link,
        message,
        studyPath,
      };
      const tree = mdxToMdast(readFileSync(sourceFile, 'utf8'), context);
      const first = tree.children[0];
      if (!(first?.type === 'heading' && first.depth === 1)) {
        tree.children.unshift({
          type: 'heading',
          depth: 1,
          children: [{ type: 'text', value: doc.title }],
        });
      }
      if (edition === 'revised' && !usedKnowledgeCheck(context)) {
        tree.children.push(...knowledgeCheckSection(context));
      }
      const markdown = stringify(tree);
      const url = absolute(markdownPath(doc.permalink));
      files.push({ file: fileOf(doc.permalink), url, markdown });
      const entry: LlmsEntry = {
        title: edition === 'revised' ? doc.title : `${doc.title} — ${version.label}`,
        url,
        description: oneLine(doc),
      };
      if (edition === 'revised') {
        revised.push(entry);
        revisedMarkdown.push(markdown);
        // The first page of the sidebar (the docs index) says what the site teaches.
        if (summary === '') summary = doc.description;
      } else {
        original.push(entry);
      }
    }
  }

  const glossaryPath = `${site.baseUrl}glossary`;
  const glossaryMd = glossaryMarkdown({
    locale: (site.locale === 'en' ? 'en' : 'ko') satisfies GlossaryLocale,
    message,
    pageUrl: absolute(glossaryPath),
  });
  const glossaryEntry: LlmsEntry = {
    title: message('glossary.page.title'),
    url: absolute(markdownPath(glossaryPath)),
    description: message('glossary.page.description'),
  };
  files.push({ file: fileOf(glossaryPath), url: glossaryEntry.url, markdown: glossaryMd });

  const header = { title: site.title, summary: summary || message('glossary.page.description') };
  return {
    files,
    llmsTxt: llmsTxt({ ...header, docs: revised, glossary: glossaryEntry, optional: original }),
    llmsFullTxt: llmsFullTxt({ ...header, pages: [...revisedMarkdown, glossaryMd] }),
  };
}

export default function llmsPlugin(context: LoadContext): Plugin {
  let versions: readonly LoadedVersion[] = [];
  return {
    name: 'llms',
    allContentLoaded({ allContent }) {
      const docs = allContent[DOCS_PLUGIN]?.default as LoadedContent | undefined;
      if (docs === undefined) throw new Error('[llms] the docs plugin loaded no content');
      versions = docs.loadedVersions;
    },
    async postBuild({ outDir }) {
      const site: SiteInfo = {
        siteDir: context.siteDir,
        siteUrl: context.siteConfig.url,
        baseUrl: context.baseUrl,
        locale: context.i18n.currentLocale,
        title: context.siteConfig.title,
      };
      const result = siteMarkdown(site, versions);
      const outputs: [string, string][] = [
        ...result.files.map((f): [string, string] => [f.file, f.markdown]),
        ['llms.txt', result.llmsTxt],
        ['llms-full.txt', result.llmsFullTxt],
      ];
      await Promise.all(
        outputs.map(async ([file, text]) => {
          const path = join(outDir, file);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, text);
        }),
      );
      const bytes = (text: string): number => Buffer.byteLength(text);
      const total = result.files.reduce((sum, f) => sum + bytes(f.markdown), 0);
      console.log(
        `[llms] ${site.locale}: ${String(result.files.length)} Markdown copies (${String(total)} bytes), ` +
          `llms.txt ${String(bytes(result.llmsTxt))} bytes, llms-full.txt ${String(bytes(result.llmsFullTxt))} bytes`,
      );
    },
  };
}
