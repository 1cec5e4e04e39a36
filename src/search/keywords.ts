/**
 * Cross-language search keywords. At build time every page gets, in its search index entry, the
 * glossary names (Korean, English and aliases) of the terms it uses, one group per term; in the
 * browser the search worker reads those groups back to expand a query word into the names of the
 * same term in the other language (hypervisor → 하이퍼바이저).
 *
 * The groups are stored in the plugin's ordinary keywords field as text:
 * `하이퍼바이저 / hypervisor / VMM, 컨테이너 / container`.
 */
import { tokenize, type LatinOptions } from './tokenize';

const NAME_SEPARATOR = ' / ';
const GROUP_SEPARATOR = ', ';

/** The names one glossary term is known by, in both languages. */
export interface TermNames {
  readonly id: string;
  readonly names: readonly string[];
}

function cleanName(name: string): string {
  return name.replace(/[,/]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The keywords text for a page that uses the given terms. */
export function formatKeywordGroups(groups: readonly (readonly string[])[]): string {
  return groups
    .map((names) => [...new Set(names.map(cleanName).filter(Boolean))].join(NAME_SEPARATOR))
    .filter(Boolean)
    .join(GROUP_SEPARATOR);
}

/**
 * The name groups in a keywords text. Keywords an author wrote in front matter, which have no
 * separators, come back as groups of one name each.
 */
export function parseKeywordGroups(text: string): string[][] {
  return text
    .split(',')
    .map((group) =>
      group
        .split('/')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .filter((names) => names.length > 0);
}

/** The terms of a text joined by single spaces, padded, for whole-term substring tests. */
function termLine(text: string, latin: LatinOptions): string {
  return ` ${tokenize(text, latin)
    .map((token) => token.term)
    .join(' ')} `;
}

function compact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

const GLOSSARY_LINK = /href="(?:[^"#]*\/)?glossary\/?#([a-z0-9-]+)"/g;
const TERM_ATTRIBUTE = /data-term(?:-id)?="([a-z0-9-]+)"/g;

/** Term ids a page's HTML marks explicitly: links to `/glossary#id` or `data-term-id="id"`. */
export function markedTermIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const pattern of [GLOSSARY_LINK, TERM_ATTRIBUTE]) {
    for (const match of html.matchAll(pattern)) if (match[1]) ids.add(match[1]);
  }
  return ids;
}

/**
 * The glossary terms a page uses: those its HTML marks (`<Term id>` renders a glossary link) and
 * those whose name, in either language, appears in its text. A name matches whole terms after
 * stemming (컨테이너를 uses 컨테이너; containers uses container); a Korean name of three or more
 * syllables also matches across spaces (하이퍼 바이저 uses 하이퍼바이저).
 */
export function termsUsedOnPage(
  page: { readonly text: string; readonly html: string },
  terms: readonly TermNames[],
  latin: LatinOptions,
): TermNames[] {
  const marked = markedTermIds(page.html);
  const line = termLine(page.text, latin);
  const compactText = compact(page.text);
  return terms.filter(
    (term) =>
      marked.has(term.id) ||
      term.names.some((name) => {
        const nameLine = termLine(name, latin);
        if (nameLine.trim() !== '' && line.includes(nameLine)) return true;
        const hangul = name.match(/[가-힣]/g) ?? [];
        return hangul.length >= 3 && compactText.includes(compact(name));
      }),
  );
}
