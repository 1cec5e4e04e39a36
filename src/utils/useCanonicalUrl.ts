import { useCallback } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { canonicalUrl } from './canonicalUrl';

/**
 * The canonical address of the current page, or of `#anchor` on it. `pathname` overrides the
 * page (e.g. `useBaseUrl('/glossary')` from a component that links to the glossary).
 */
export function useCanonicalUrl(): (anchor?: string, pathname?: string) => string {
  const { siteConfig } = useDocusaurusContext();
  const location = useLocation();
  return useCallback(
    (anchor?: string, pathname?: string) =>
      canonicalUrl(siteConfig.url, pathname ?? location.pathname, anchor),
    [siteConfig.url, location.pathname],
  );
}
