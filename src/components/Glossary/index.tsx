import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type CompositionEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import { glossary } from '@site/src/data/glossary';
import { GLOSSARY_TAGS, type GlossaryTag, type GlossaryTerm } from '@site/src/data/glossaryTypes';
import {
  buildGlossaryIndex,
  searchGlossary,
  type GlossaryIndex,
} from '@site/src/utils/glossarySearch';
import { letterSections, type LetterSection } from '@site/src/utils/glossarySections';
import GlossaryEntry from './GlossaryEntry';
import { useDeferredLayout } from './deferredLayout';
import { useTagLabels } from './tagLabels';
import { NO_FILTERS, useGlossaryFilters } from './useGlossaryFilters';
import { useGlossaryLocale } from './useGlossaryLocale';
import { useGlossaryOrder } from './useGlossaryOrder';
import { useGlossarySynonyms } from './useGlossarySynonyms';
import styles from './styles.module.css';

// Initial consonants and the word they find: the same in both languages.
const HINT_EXAMPLE = 'ㅎㅇㅍㅂㅇㅈ → 하이퍼바이저';

// The search index of every name, alias and definition (in jamo and initials): built when the
// reader first types, or in idle time after the page loads, not while the page hydrates.
let searchIndex: GlossaryIndex | undefined;
function glossaryIndex(): GlossaryIndex {
  searchIndex ??= buildGlossaryIndex(glossary);
  return searchIndex;
}

// Screen readers hear the result count once typing pauses, not after every keystroke.
const ANNOUNCE_DELAY_MS = 600;

function countMessage(count: number, filtered: boolean): string {
  if (!filtered) {
    return translate(
      {
        id: 'glossary.count.all',
        message: '용어 {count}개',
        description: 'Number of terms in the glossary, shown when nothing is filtered',
      },
      { count },
    );
  }
  if (count === 0) {
    return translate({
      id: 'glossary.count.none',
      message: '찾는 조건에 맞는 용어가 없습니다.',
      description: 'Shown when the search or topic filter matches no term',
    });
  }
  return translate(
    {
      id: 'glossary.count.matches',
      message: '용어 {count}개를 찾았습니다.',
      description: 'Number of terms matching the search and topic filter',
    },
    { count },
  );
}

/** The term the address's `#<id>` points at, focused when a link on the page leads to it. */
function useHashTarget(): string {
  const isBrowser = useIsBrowser();
  const { hash } = useLocation();
  const target = isBrowser ? decodeURIComponent(hash.slice(1)) : '';
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (!isBrowser || previous.current === target) return;
    // On the first load the browser has already scrolled to the anchor. Later (a see-also
    // link) the term may only just have been rendered, as following the link clears the
    // filter: scroll to it and move focus there, so keyboard users carry on from the term.
    const firstLoad = previous.current === null;
    previous.current = target;
    const element = firstLoad || target === '' ? null : document.getElementById(target);
    if (element === null) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [isBrowser, target]);
  return target;
}

// The letters of the Korean index (compatibility jamo): most fonts draw them at about half the
// height of a capital letter, so the index sets them larger (`.letterHangul`).
const HANGUL_LETTER = /^[\u3131-\u314e]$/u;

/**
 * A letter's section, anchored at `#letter-…`. The anchor is the section's, and its heading
 * has no id: a letter needs no # link and copy button of its own (each term has its link).
 */
function LetterGroup({
  section,
  children,
}: {
  readonly section: LetterSection;
  readonly children: ReactNode;
}): ReactNode {
  // The theme's heading tells the build's anchor check about its id; the section does it here.
  useBrokenLinks().collectAnchor(section.anchor);
  return (
    <section id={section.anchor} className={styles.section}>
      <Heading as="h2" className={styles.sectionHeading}>
        {section.letter}
      </Heading>
      {children}
    </section>
  );
}

function SearchIcon(): ReactNode {
  return (
    <svg className={styles.barIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="M15 15l5 5" />
    </svg>
  );
}

/** The glossary: search box, topic chips, letter index and every term. */
export default function Glossary(): ReactNode {
  const locale = useGlossaryLocale();
  const tagLabels = useTagLabels();
  const [filters, setFilters] = useGlossaryFilters();
  const [composing, setComposing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const tagsLabelId = useId();

  const byName = useGlossaryOrder(locale);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => glossaryIndex());
    return () => {
      cancelIdleCallback(idle);
    };
  }, []);
  const { query, tags } = filters;
  const synonyms = useGlossarySynonyms(query.trim() !== '');
  const inTags = useMemo(() => {
    const selected = new Set<GlossaryTag>(tags);
    return (term: GlossaryTerm): boolean =>
      selected.size === 0 || term.tags.some((tag) => selected.has(tag));
  }, [tags]);
  const results = useMemo(() => {
    if (query.trim() === '') return null;
    return searchGlossary(glossaryIndex(), query, { locale, composing, compare: byName, synonyms })
      .map((hit) => hit.term)
      .filter(inTags);
  }, [query, locale, composing, inTags, byName, synonyms]);
  const sections = useMemo(
    () => letterSections(glossary.filter(inTags), locale, byName),
    [inTags, locale, byName],
  );
  const shown: readonly GlossaryTerm[] = results ?? sections.flatMap((section) => section.terms);
  useDeferredLayout();
  const target = useHashTarget();

  const filtered = results !== null || tags.length > 0;
  const count = countMessage(shown.length, filtered);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setAnnounced(filtered ? count : '');
    }, ANNOUNCE_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [count, filtered]);

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    // Filter on every input, including the syllable an IME is still composing.
    setComposing((event.nativeEvent as InputEvent).isComposing);
    setFilters({ ...filters, query: event.target.value });
  };
  const onCompositionEnd = (event: CompositionEvent<HTMLInputElement>): void => {
    setComposing(false);
    setFilters({ ...filters, query: event.currentTarget.value });
  };
  const toggleTag = (tag: GlossaryTag): void => {
    const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
    setFilters({ ...filters, tags: GLOSSARY_TAGS.filter((t) => next.includes(t)) });
  };
  const clear = (): void => {
    setComposing(false);
    setFilters(NO_FILTERS);
    inputRef.current?.focus();
  };
  const toFilterLabel = translate({
    id: 'glossary.bar.toFilter',
    message: '용어 찾기로 이동',
    description:
      'Accessible name and tooltip of the button, in the sticky bar of the glossary, that goes back to the search box',
  });
  // From anywhere in the list, back to the filter: the top of the page, focus in the box.
  const toFilter = (): void => {
    window.scrollTo({ top: 0 });
    inputRef.current?.focus({ preventScroll: true });
  };

  return (
    <div className={styles.glossary}>
      <form
        role="search"
        className={styles.search}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label htmlFor={inputId} className={styles.searchLabel}>
          <Translate id="glossary.search.label" description="Label of the glossary's search box">
            용어 찾기
          </Translate>
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          className={styles.searchInput}
          value={query}
          onChange={onChange}
          onCompositionEnd={onCompositionEnd}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        <p id={hintId} className={styles.hint}>
          <Translate
            id="glossary.search.hint"
            description="Help under the glossary's search box; {example} is 'ㅎㅇㅍㅂㅇㅈ → 하이퍼바이저', initial consonants and the word they find"
            values={{ example: <span lang="ko">{HINT_EXAMPLE}</span> }}
          >
            {'한국어·영어 이름, 별칭, 정의에서 찾습니다. 초성만 쳐도 됩니다({example}).'}
          </Translate>
        </p>
      </form>

      <div role="group" aria-labelledby={tagsLabelId} className={styles.tags}>
        <span id={tagsLabelId} className={styles.tagsLabel}>
          <Translate id="glossary.tags.label" description="Label of the glossary's topic filter">
            주제
          </Translate>
        </span>
        {GLOSSARY_TAGS.map((tag) => (
          <button
            key={tag}
            type="button"
            className={clsx(styles.chip, tags.includes(tag) && styles.chipOn)}
            aria-pressed={tags.includes(tag)}
            onClick={() => {
              toggleTag(tag);
            }}
          >
            {tagLabels[tag]}
          </button>
        ))}
      </div>

      <div className={styles.summary}>
        <p className={styles.count} data-testid="glossary-count">
          {count}
        </p>
        {filtered && (
          <button
            type="button"
            className={clsx('button button--link', styles.clear)}
            onClick={clear}
          >
            <Translate
              id="glossary.filters.clear"
              description="Button that clears the glossary's search and topic filter"
            >
              모든 용어 보기
            </Translate>
          </button>
        )}
        <p role="status" className="visually-hidden">
          {announced}
        </p>
      </div>

      {/* Sticky under the navbar: the way back to the filter and the letter index stay at hand
          on a page many screens tall. */}
      <div className={styles.bar} data-glossary-bar="">
        <button
          type="button"
          className={styles.barButton}
          onClick={toFilter}
          data-needs-script=""
          aria-label={toFilterLabel}
          title={toFilterLabel}
        >
          <SearchIcon />
        </button>
        {results === null && (
          <nav
            className={styles.letterIndex}
            aria-label={translate({
              id: 'glossary.index.label',
              message: '가나다 색인',
              description: 'Accessible name of the letter index (ㄱ–ㅎ in Korean, A–Z in English)',
            })}
          >
            <ol>
              {sections.map((section) => {
                const hangul = HANGUL_LETTER.test(section.letter) && styles.letterHangul;
                return (
                  <li key={section.anchor}>
                    {section.terms.length > 0 ? (
                      <Link to={`#${section.anchor}`} className={clsx(styles.letter, hangul)}>
                        {section.letter}
                      </Link>
                    ) : (
                      <span
                        className={clsx(styles.letter, styles.letterEmpty, hangul)}
                        aria-hidden="true"
                      >
                        {section.letter}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </nav>
        )}
      </div>

      {results === null ? (
        <>
          {sections
            .filter((section) => section.terms.length > 0)
            .map((section) => (
              <LetterGroup key={section.anchor} section={section}>
                {section.terms.map((term) => (
                  <GlossaryEntry
                    key={term.id}
                    term={term}
                    locale={locale}
                    highlighted={term.id === target}
                  />
                ))}
              </LetterGroup>
            ))}
        </>
      ) : (
        <section className={styles.section}>
          <Heading as="h2" className="visually-hidden">
            <Translate
              id="glossary.results.heading"
              description="Heading (for screen readers) above the glossary's search results"
            >
              검색 결과
            </Translate>
          </Heading>
          {results.map((term) => (
            <GlossaryEntry
              key={term.id}
              term={term}
              locale={locale}
              highlighted={term.id === target}
            />
          ))}
        </section>
      )}
    </div>
  );
}
