import { useMemo } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { GlossaryLocale } from '@site/src/data/glossaryTypes';
import { GLOSSARY_ORDER_PLUGIN, type GlossaryOrder } from '@site/src/plugins/glossaryOrder/data';
import { compareByName, compareByOrder, type TermComparator } from '@site/src/utils/glossarySearch';

/**
 * Sorts terms by their name in `locale`: with the order the `glossary-order` plugin computed at
 * build time, or with a collator where the plugin is not installed (tests, other sites).
 */
export function useGlossaryOrder(locale: GlossaryLocale): TermComparator {
  const order = usePluginData(GLOSSARY_ORDER_PLUGIN) as GlossaryOrder | undefined;
  return useMemo(
    () => (order === undefined ? compareByName(locale) : compareByOrder(order[locale])),
    [order, locale],
  );
}
