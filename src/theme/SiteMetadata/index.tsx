import type { ReactNode } from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import Head from '@docusaurus/Head';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { canonicalUrl } from '@site/src/utils/canonicalUrl';
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH, socialCardPath } from '@site/src/utils/socialCard';

/**
 * Adds the page's own social card (drawn at build time by src/plugins/socialCards) to the site
 * metadata the theme writes on every page (canonical URL, hreflang alternates, og:locale...).
 */
export default function SiteMetadataWrapper(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const image = canonicalUrl(siteConfig.url, socialCardPath(pathname, siteConfig.baseUrl));
  return (
    <>
      <SiteMetadata />
      <Head>
        <meta property="og:image" content={image} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content={String(SOCIAL_CARD_WIDTH)} />
        <meta property="og:image:height" content={String(SOCIAL_CARD_HEIGHT)} />
        <meta name="twitter:image" content={image} />
      </Head>
    </>
  );
}
