/** The bilingual state of a doc page, shared by the parallel view's parts (BilingualProvider). */
import { createContext, useContext } from 'react';
import type { OtherSection } from './otherSections';
import type { View } from './view';

/** Per-page data of the `bilingual` plugin (src/plugins/bilingual). */
export interface BilingualPageData {
  readonly translated: boolean;
  readonly stale: readonly string[];
}
export interface BilingualGlobalData {
  readonly pages: Readonly<Record<string, BilingualPageData>>;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Bilingual {
  /** The page's language and the other one ("ko"/"en") with its HTML lang tag. */
  readonly locale: string;
  readonly otherLocale: string;
  readonly otherLang: string;
  /** The other language's name, in itself ("English", "한국어"). */
  readonly otherLabel: string;
  /** Path of this page in the other language. */
  readonly otherPath: string;
  /** The page exists in both languages (the English file is a translation, not a fallback). */
  readonly translated: boolean;
  /** English sections whose Korean source changed since they were translated. */
  readonly stale: ReadonlySet<string>;
  /** Ids of the page's h2/h3 sections, in order. */
  readonly sectionIds: ReadonlySet<string>;
  readonly view: View;
  readonly setView: (view: View) => void;
  readonly status: LoadStatus;
  readonly sections: ReadonlyMap<string, OtherSection> | null;
  /** Loads the other language's sections (once per page). */
  readonly load: () => void;
}

/** Exported for component tests, which give it a value directly. */
export const BilingualContext = createContext<Bilingual | null>(null);

/** The bilingual state of the current doc page; null outside doc pages. */
export function useBilingual(): Bilingual | null {
  return useContext(BilingualContext);
}

/** `permalink` relative to the locale's base URL: the key both locales' data share. */
export function pageKey(permalink: string, baseUrl: string): string {
  return permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.slice(1);
}

/**
 * Whether the language switcher has another language to offer on a page: not on a Korean doc
 * page whose English file does not exist yet (Docusaurus would serve the Korean text there).
 */
export function offersOtherLanguage(
  page: BilingualPageData | undefined,
  currentLocale: string,
  defaultLocale: string,
): boolean {
  return !(currentLocale === defaultLocale && page?.translated === false);
}
