/**
 * The site's config with the search plugin as it comes (the options this site started with,
 * before src/search), for the side-by-side comparison of `npm run bench:search`. The patched
 * plugin behaves exactly like the unpatched one when no `extension` option is given.
 */
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import { benchConfig } from './benchConfig';

const stockSearchOptions = {
  hashed: true,
  language: ['ko', 'en'],
  indexBlog: false,
  docsRouteBasePath: 'docs',
  highlightSearchTermsOnTargetPage: true,
} satisfies SearchOptions;

export default benchConfig([['@easyops-cn/docusaurus-search-local', stockSearchOptions]]);
