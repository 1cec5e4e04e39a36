/**
 * Docusaurus plugin: the glossary's dictionary order in each language, computed at build time
 * and shipped as global data (`usePluginData('glossary-order')`, about 2 KB). The glossary page
 * sorts with it instead of creating a Korean `Intl.Collator` in the browser, which took ~10 ms
 * of the main thread while the page hydrated; server and browser also sort the same way.
 */
import type { Plugin } from '@docusaurus/types';
import { glossary } from '../../data/glossary';
import { nameOrder } from '../../utils/glossarySearch';
import { GLOSSARY_ORDER_PLUGIN, type GlossaryOrder } from './data';

export { GLOSSARY_ORDER_PLUGIN, type GlossaryOrder } from './data';

export function glossaryOrder(terms = glossary): GlossaryOrder {
  return { ko: nameOrder(terms, 'ko'), en: nameOrder(terms, 'en') };
}

export default function glossaryOrderPlugin(): Plugin {
  return {
    name: GLOSSARY_ORDER_PLUGIN,
    loadContent: () => Promise.resolve(glossaryOrder()),
    contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
