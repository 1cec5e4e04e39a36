/**
 * The glossary's filter (query and tags) kept in the address, `?q=vm&tag=containers`, so a wiki
 * can link to a filtered view. The page is rendered unfiltered at build time; the address is
 * read once the page runs in the browser.
 */
import { useCallback, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { GLOSSARY_TAGS, type GlossaryTag } from '@site/src/data/glossaryTypes';

export interface GlossaryFilters {
  readonly query: string;
  readonly tags: readonly GlossaryTag[];
}

export const NO_FILTERS: GlossaryFilters = { query: '', tags: [] };

// Marks the history entries this hook writes, so only other navigations (a link to `?q=…`, a
// see-also link, back and forward) overwrite what the reader is typing.
const OWN_ENTRY = 'glossary-filters';

function isTag(value: string): value is GlossaryTag {
  return (GLOSSARY_TAGS as readonly string[]).includes(value);
}

export function parseFilters(search: string): GlossaryFilters {
  const params = new URLSearchParams(search);
  const tags = params.getAll('tag').filter(isTag);
  return { query: params.get('q') ?? '', tags: GLOSSARY_TAGS.filter((tag) => tags.includes(tag)) };
}

export function sameFilters(a: GlossaryFilters, b: GlossaryFilters): boolean {
  return a.query === b.query && a.tags.join() === b.tags.join();
}

/** `search` with the filter's parameters replaced, other parameters kept. */
export function formatFilters(filters: GlossaryFilters, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('q');
  params.delete('tag');
  if (filters.query !== '') params.set('q', filters.query);
  for (const tag of filters.tags) params.append('tag', tag);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function useGlossaryFilters(): [GlossaryFilters, (next: GlossaryFilters) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [filters, setFilters] = useState<GlossaryFilters>(NO_FILTERS);

  // Adopt the address's filter after hydration and after every navigation not made here.
  const ownEntry = (location.state as { source?: string } | null | undefined)?.source === OWN_ENTRY;
  const navigation = isBrowser && !ownEntry ? `${location.key ?? ''}${location.search}` : null;
  const [adopted, setAdopted] = useState<string | null>(null);
  if (navigation !== null && navigation !== adopted) {
    setAdopted(navigation);
    const adoptedFilters = parseFilters(location.search);
    // Keep the same object when nothing changes (the usual unfiltered load), so the list is not
    // recomputed and re-rendered right after hydration.
    setFilters((current) => (sameFilters(current, adoptedFilters) ? current : adoptedFilters));
  }

  const update = useCallback(
    (next: GlossaryFilters) => {
      setFilters(next);
      const current = history.location;
      const search = formatFilters(next, current.search);
      if (search === current.search) return;
      history.replace({ ...current, search, state: { source: OWN_ENTRY } });
    },
    [history],
  );

  return [filters, update];
}
