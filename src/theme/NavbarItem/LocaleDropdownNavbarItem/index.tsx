import type { ReactNode } from 'react';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type LocaleDropdownNavbarItemType from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import {
  offersOtherLanguage,
  pageKey,
  type BilingualGlobalData,
} from '@site/src/components/ParallelView/context';

type Props = WrapperProps<typeof LocaleDropdownNavbarItemType>;

/**
 * The language switcher offers only languages the page really has. The original already keeps
 * the page, the query string and the #anchor; a doc page whose English file does not exist yet
 * (Docusaurus would serve the Korean text under /en/) has no other language to offer, so the
 * Korean page shows no switcher instead of a link to a copy of itself.
 */
export default function LocaleDropdownWrapper(props: Props): ReactNode {
  const {
    siteConfig: { baseUrl },
    i18n: { currentLocale, defaultLocale },
  } = useDocusaurusContext();
  const { pathname } = useLocation();
  const { pages } = usePluginData('bilingual') as BilingualGlobalData;
  const page = pages[pageKey(pathname, baseUrl)];
  if (!offersOtherLanguage(page, currentLocale, defaultLocale)) return null;
  return <LocaleDropdownNavbarItem {...props} />;
}
