/**
 * The docs plugin's loaded sidebars, as the site's own plugins read them in
 * `allContentLoaded` (the study path on the home page, the Markdown copies and llms.txt).
 * scripts/lib/sitePages.ts reads the sidebars' source (`sidebars.ts`) instead.
 */

/** The key of the docs plugin's content in `allContent`. */
export const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** Doc ids of a loaded sidebar, in order (categories flattened, a category's own page first). */
export function sidebarDocIds(items: readonly unknown[]): string[] {
  return items.flatMap((item): string[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as { type?: string; id?: string; items?: unknown[]; link?: unknown };
    if ((record.type === 'doc' || record.type === 'ref') && typeof record.id === 'string') {
      return [record.id];
    }
    if (record.type === 'category') {
      const link = record.link as { type?: string; id?: string } | undefined;
      return [
        ...(link?.type === 'doc' && typeof link.id === 'string' ? [link.id] : []),
        ...sidebarDocIds(record.items ?? []),
      ];
    }
    return [];
  });
}
