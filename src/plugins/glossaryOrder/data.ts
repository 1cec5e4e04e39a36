import type { GlossaryLocale } from '../../data/glossaryTypes';

/** The plugin's name, under which its global data is published. */
export const GLOSSARY_ORDER_PLUGIN = 'glossary-order';

/** Term ids in the order of their names, per language. */
export type GlossaryOrder = Readonly<Record<GlossaryLocale, readonly string[]>>;
