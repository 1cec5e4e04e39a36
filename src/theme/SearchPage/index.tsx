import type { ReactNode } from 'react';
import SearchPage from '@theme-original/SearchPage';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';

/**
 * The search plugin's page gives link previews the site's name as og:title and no summary at
 * all. These tags come after the page's own, so they are the ones that apply (the plugin's
 * <title> stays; only the preview tags are set here).
 */
export default function SearchPageWrapper(): ReactNode {
  // The same words as the page's own <title>, which the plugin writes without the site name.
  const title = translate({
    id: 'theme.SearchPage.emptyResultsTitle',
    message: 'Search the documentation',
    description: 'The search page title for empty query',
  });
  const description = translate({
    id: 'links.searchPage.description',
    message: '가상머신과 컨테이너 학습 노트의 두 판과 용어집을 한국어와 영어로 찾는다.',
    description: 'Summary of the search page, for link previews (og:description)',
  });
  return (
    <>
      <SearchPage />
      <Head>
        <meta property="og:title" content={title} />
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
    </>
  );
}
