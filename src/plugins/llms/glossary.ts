/**
 * The glossary page (`/glossary`) in Markdown, from `src/data/glossary.ts` in the locale's
 * dictionary order (as the page sorts it): per term both names, the one-sentence and the longer
 * definition, other names, topics, related terms (links to their entries) and the reference.
 */
import type { BlockContent, PhrasingContent, Root } from 'mdast';
import { glossary, getGlossaryTerm } from '../../data/glossary';
import type { GlossaryLocale, GlossaryTerm } from '../../data/glossaryTypes';
import { nameOrder } from '../../utils/glossarySearch';
import { list, paragraph, strong, text } from './components';
import { stringify } from './convert';

export interface GlossaryMarkdownOptions {
  readonly locale: GlossaryLocale;
  /** UI text of the locale by id (`i18n/<locale>/code.json`). */
  readonly message: (id: string) => string;
  /** Absolute URL of the glossary page in this locale (`https://.../en/glossary`). */
  readonly pageUrl: string;
  readonly terms?: readonly GlossaryTerm[];
}

export function glossaryMarkdown({
  locale,
  message,
  pageUrl,
  terms = glossary,
}: GlossaryMarkdownOptions): string {
  const other: GlossaryLocale = locale === 'ko' ? 'en' : 'ko';
  const byId = new Map(terms.map((term) => [term.id, term]));
  const fact = (label: string, value: PhrasingContent[]): BlockContent[] => [
    paragraph([strong(label), text(': '), ...value]),
  ];
  const entries = nameOrder(terms, locale).flatMap((id): BlockContent[] => {
    const term = byId.get(id);
    if (term === undefined) return [];
    const name =
      term.name[other] === term.name[locale]
        ? term.name[locale]
        : `${term.name[locale]} (${term.name[other]})`;
    const aliases = [...term.aliases[locale], ...term.aliases[other]];
    const related = term.seeAlso.flatMap((relatedId) => {
      const found = getGlossaryTerm(relatedId) ?? byId.get(relatedId);
      return found === undefined ? [] : [found];
    });
    const facts: BlockContent[][] = [
      ...(aliases.length > 0
        ? [fact(message('glossary.entry.aliases'), [text(aliases.join(', '))])]
        : []),
      fact(message('glossary.entry.tags'), [
        text(term.tags.map((tag) => message(`glossary.tag.${tag}`)).join(', ')),
      ]),
      ...(related.length > 0
        ? [
            fact(
              message('glossary.entry.seeAlso'),
              related.flatMap((entry, index): PhrasingContent[] => [
                ...(index > 0 ? [text(', ')] : []),
                {
                  type: 'link',
                  url: `${pageUrl}#${entry.id}`,
                  children: [text(entry.name[locale])],
                },
              ]),
            ),
          ]
        : []),
      ...(term.reference === undefined
        ? []
        : [
            fact(message('glossary.entry.reference'), [
              {
                type: 'link',
                url: term.reference,
                children: [text(new URL(term.reference).hostname)],
              },
            ]),
          ]),
    ];
    return [
      { type: 'heading', depth: 2, children: [text(name)] },
      paragraph([text(term.short[locale])]),
      paragraph([text(term.long[locale])]),
      list(facts),
    ];
  });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(message('glossary.page.heading'))] },
      paragraph([text(message('glossary.page.description'))]),
      ...entries,
    ],
  };
  return stringify(tree);
}
