/** Search indexes for tests, in the plugin's layout and built as the site's are. */
import lunr from 'lunr';
import { configureBuilder, latinOptions } from '../lunrSetup';
import { formatKeywordGroups, termsUsedOnPage, type TermNames } from '../keywords';
import { DocumentType, type SearchDocument, type WrappedIndex } from '../search';

export interface Page {
  readonly url: string;
  readonly title: string;
  readonly sections: readonly {
    readonly hash: string;
    readonly title: string;
    readonly content: string;
  }[];
  readonly keywords?: readonly (readonly string[])[];
}

/** Indexes in the plugin's layout (title, heading, description, keywords, content), built as ours are. */
export function indexesOf(pages: readonly Page[]): WrappedIndex[] {
  const byType: SearchDocument[][] = [[], [], [], [], []];
  let id = 0;
  for (const page of pages) {
    const pageId = (id += 1);
    byType[DocumentType.Title]?.push({ i: pageId, t: page.title, u: page.url, b: ['Docs'] });
    if (page.keywords) {
      const t = formatKeywordGroups(page.keywords);
      byType[DocumentType.Keywords]?.push({ i: pageId, t, s: page.title, u: page.url, p: pageId });
    }
    for (const section of page.sections) {
      byType[DocumentType.Heading]?.push({
        i: (id += 1),
        t: section.title,
        u: page.url,
        h: section.hash,
        p: pageId,
      });
      byType[DocumentType.Content]?.push({
        i: (id += 1),
        t: section.content,
        s: section.title,
        u: page.url,
        h: section.hash,
        p: pageId,
      });
    }
  }
  return byType.map((documents, type) => ({
    type,
    documents,
    index: lunr(function () {
      configureBuilder(this, lunr);
      this.ref('i');
      this.field('t');
      this.metadataWhitelist = ['position'];
      for (const document of documents) this.add({ ...document, i: String(document.i) });
    }),
  }));
}

/**
 * The pages with the keywords the build gives them (src/search/build.ts): the names of every
 * group one of whose names the page uses.
 */
export function withKeywords(pages: readonly Page[], groups: readonly TermNames[]): Page[] {
  const latin = latinOptions(lunr);
  return pages.map((page) => {
    const text = [page.title, ...page.sections.map((s) => `${s.title}\n${s.content}`)].join('\n');
    const used = termsUsedOnPage({ text, html: '' }, groups, latin);
    return { ...page, keywords: used.map((group) => group.names) };
  });
}
