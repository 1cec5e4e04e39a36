import { useEffect, useState } from 'react';
import type { SynonymTable } from '@site/src/utils/glossarySearch';

let loading: Promise<SynonymTable | undefined> | undefined;
let loaded: SynonymTable | undefined;

/** Loads the table once; a failed load (offline) is tried again when a new query starts. */
function loadSynonyms(): Promise<SynonymTable | undefined> {
  loading ??= import('@site/src/search/glossarySynonyms').then(
    ({ glossarySynonyms }) => {
      loaded = glossarySynonyms;
      return glossarySynonyms;
    },
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/**
 * The other spellings of the proofreading dictionary (자원 → 리소스), for the filter: a chunk of
 * their own, loaded once the reader has typed a query (or arrives with one), so a visit without
 * a query runs only the scripts its HTML lists. Until they arrive the filter matches the query as
 * typed.
 */
export function useGlossarySynonyms(hasQuery: boolean): SynonymTable | undefined {
  const [synonyms, setSynonyms] = useState<SynonymTable | undefined>(loaded);
  useEffect(() => {
    if (synonyms || !hasQuery) return;
    let active = true;
    void loadSynonyms().then((table) => {
      if (active) setSynonyms(table);
    });
    return () => {
      active = false;
    };
  }, [hasQuery, synonyms]);
  return synonyms;
}
