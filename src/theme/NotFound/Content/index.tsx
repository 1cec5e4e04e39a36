import type { ReactNode } from 'react';
import NotFoundContent from '@theme-original/NotFound/Content';
import type { Props } from '@theme/NotFound/Content';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { PageMetadata } from '@docusaurus/theme-common';
import { canonicalUrl } from '@site/src/utils/canonicalUrl';
import { socialCardPath } from '@site/src/utils/socialCard';

/**
 * The theme's "page not found" content, with the head of the site's 404 page wherever it shows.
 * nginx serves that page (`404.html`) for any missing address; under the docs the browser then
 * renders the docs plugin's not-found content, which sets no title of its own (the tab lost
 * "Page Not Found" as the page went live) and left the head's card and canonical address to the
 * missing path (a card that does not exist). Same title, card and canonical as `404.html`.
 */
export default function NotFoundContentWrapper(props: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const baseUrl = siteConfig.baseUrl;
  const page = `${baseUrl}404.html`;
  const address = canonicalUrl(siteConfig.url, page);
  const image = canonicalUrl(siteConfig.url, socialCardPath(page, baseUrl));
  return (
    <>
      <PageMetadata
        title={translate({
          id: 'theme.NotFound.title',
          message: 'Page Not Found',
          description: 'The title of the 404 page',
        })}
      />
      <Head>
        <link rel="canonical" href={address} />
        <meta property="og:url" content={address} />
        <meta property="og:image" content={image} />
        <meta name="twitter:image" content={image} />
      </Head>
      <NotFoundContent {...props} />
    </>
  );
}
