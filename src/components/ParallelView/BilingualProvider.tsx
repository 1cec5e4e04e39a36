import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { usePluginData } from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useHistory, useLocation } from '@docusaurus/router';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import {
  BilingualContext,
  pageKey,
  type Bilingual,
  type BilingualGlobalData,
  type LoadStatus,
} from './context';
import { loadOtherSections, type OtherSection } from './otherSections';
import {
  VIEW_ATTRIBUTE,
  searchWithView,
  storeView,
  storedView,
  subscribeToStoredView,
  viewFromSearch,
  type View,
} from './view';

interface LoadResult {
  readonly path: string;
  /** Null when the page could not be loaded. */
  readonly sections: ReadonlyMap<string, OtherSection> | null;
}

interface ProviderProps {
  readonly permalink: string;
  readonly sectionIds: readonly string[];
  readonly children: ReactNode;
}

export default function BilingualProvider({
  permalink,
  sectionIds,
  children,
}: ProviderProps): ReactNode {
  const {
    siteConfig: { baseUrl },
    i18n: { currentLocale, locales, localeConfigs },
  } = useDocusaurusContext();
  const { pages } = usePluginData('bilingual') as BilingualGlobalData;
  const alternate = useAlternatePageUtils();
  const history = useHistory();
  const location = useLocation();
  const otherLocale = locales.find((locale) => locale !== currentLocale) ?? currentLocale;
  const otherPath = alternate.createUrl({ locale: otherLocale, fullyQualified: false });
  const data = pages[pageKey(permalink, baseUrl)];
  const translated = data?.translated ?? false;

  const isBrowser = useIsBrowser();
  const stored = useSyncExternalStore(subscribeToStoredView, storedView, (): View => 'single');
  // The server HTML is the single view; the reader's choice applies once the page is hydrated.
  const view: View = isBrowser ? (viewFromSearch(location.search) ?? stored) : 'single';

  const prefix = `bilingual-${otherLocale}-`;
  const [requested, setRequested] = useState<string | null>(null);
  const [result, setResult] = useState<LoadResult | null>(null);
  const wanted = translated && (view === 'parallel' || requested === otherPath);
  // Results belong to one page; after a client-side navigation they no longer apply.
  const current = result?.path === otherPath ? result : null;
  let status: LoadStatus = 'idle';
  if (current !== null) status = current.sections === null ? 'error' : 'ready';
  else if (wanted) status = 'loading';

  useEffect(() => {
    if (!wanted || current !== null) return undefined;
    let cancelled = false;
    loadOtherSections(otherPath, prefix).then(
      (sections) => {
        if (!cancelled) setResult({ path: otherPath, sections });
      },
      () => {
        if (!cancelled) setResult({ path: otherPath, sections: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, current, otherPath, prefix]);

  const load = useCallback(() => {
    // A failed load is tried again when the reader asks again.
    if (current?.sections === null) setResult(null);
    setRequested(otherPath);
  }, [current, otherPath]);

  // The address carries the parallel view, so that it can be copied and shared.
  useEffect(() => {
    if (view !== 'parallel' || viewFromSearch(location.search) !== null) return;
    history.replace({ ...location, search: searchWithView(location.search, 'parallel') });
  }, [view, location, history]);

  // <html data-bilingual-view>: the head script set "pending" to keep the text hidden until the
  // parallel view is drawn (no layout shift); "parallel" widens the content column.
  const drawn = view === 'parallel' && status === 'ready';
  useEffect(() => {
    const root = document.documentElement;
    if (drawn) root.setAttribute(VIEW_ATTRIBUTE, 'parallel');
    else if (isBrowser && status !== 'loading') root.removeAttribute(VIEW_ATTRIBUTE);
  }, [drawn, isBrowser, status]);
  useEffect(
    () => () => {
      document.documentElement.removeAttribute(VIEW_ATTRIBUTE);
    },
    [],
  );

  // The browser scrolled to the #anchor in the single view; the columns moved it.
  const { hash } = location;
  useEffect(() => {
    if (!drawn || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
    // Only when the view is first drawn, not on every later change of the hash.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawn]);

  const setView = useCallback(
    (next: View) => {
      storeView(next);
      history.replace({ ...location, search: searchWithView(location.search, next) });
    },
    [history, location],
  );
  const sections = current?.sections ?? null;

  const value = useMemo<Bilingual>(
    () => ({
      locale: currentLocale,
      otherLocale,
      otherLang: localeConfigs[otherLocale]?.htmlLang ?? otherLocale,
      otherLabel: localeConfigs[otherLocale]?.label ?? otherLocale,
      otherPath,
      translated,
      stale: new Set(data?.stale ?? []),
      sectionIds: new Set(sectionIds),
      view,
      setView,
      status,
      sections,
      load,
    }),
    [
      currentLocale,
      otherLocale,
      localeConfigs,
      otherPath,
      translated,
      data,
      sectionIds,
      view,
      setView,
      status,
      sections,
      load,
    ],
  );
  return <BilingualContext.Provider value={value}>{children}</BilingualContext.Provider>;
}
