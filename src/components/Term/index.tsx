import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { otherLocale, useGlossaryLocale } from '@site/src/components/Glossary/useGlossaryLocale';
import type { Bilingual } from '@site/src/data/glossaryTypes';
import styles from './styles.module.css';

/** A tooltip under the term for mouse and keyboard; a bottom sheet for touch. */
type Mode = 'tooltip' | 'sheet';

// Long enough that a pointer passing over a term does not flash its preview; short enough to
// feel immediate. The close delay lets the pointer cross the gap into the preview (WCAG 1.4.13).
const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 300;
// A focus or click this soon after a touch belongs to that touch.
const TOUCH_WINDOW_MS = 800;
const GAP_PX = 6;
const MARGIN_PX = 8;
const WIDE_VIEWPORT_PX = 600;

// One preview at a time across all terms of a page.
let closeOpenPreview: (() => void) | null = null;

/** What a preview shows; a glossary record (`GlossaryTerm`) is one. */
export interface TermPreviewText {
  readonly id: string;
  readonly name: Bilingual<string>;
  readonly short: Bilingual<string>;
}

export interface TermProps {
  /** A glossary id (src/data/glossary.ts); the docs build rejects unknown ones. */
  readonly id: string;
  /** The words in the text; the term's name in the page's language when omitted. */
  readonly children?: ReactNode;
  // Filled in at build time by src/remark/glossaryTerms.ts from the glossary, so a doc page
  // ships the few terms it uses rather than the whole glossary. Authors write only `id`.
  readonly nameKo?: string;
  readonly nameEn?: string;
  readonly shortKo?: string;
  readonly shortEn?: string;
}

/**
 * `<Term id="...">` in the docs: a glossary term in running text, a link to `/glossary#<id>`
 * whose preview (both names and the one-sentence definition) shows on hover, keyboard focus
 * and tap.
 */
export default function Term({
  id,
  children,
  nameKo,
  nameEn,
  shortKo,
  shortEn,
}: TermProps): ReactNode {
  if (
    nameKo === undefined ||
    nameEn === undefined ||
    shortKo === undefined ||
    shortEn === undefined
  ) {
    throw new Error(
      `<Term id="${id}"> has no preview text. The remark plugin src/remark/glossaryTerms.ts adds ` +
        'it to the docs; elsewhere render TermLink with the glossary record.',
    );
  }
  const term = { id, name: { ko: nameKo, en: nameEn }, short: { ko: shortKo, en: shortEn } };
  return <TermLink term={term}>{children}</TermLink>;
}

function placeTooltip(preview: HTMLElement, trigger: HTMLElement): void {
  const rect = trigger.getBoundingClientRect();
  const { innerWidth, innerHeight, scrollX, scrollY } = window;
  const width = preview.offsetWidth;
  const height = preview.offsetHeight;
  const left = Math.max(MARGIN_PX, Math.min(rect.left, innerWidth - width - MARGIN_PX));
  // Below the line, so the line being read stays visible; above only on wide screens, when the
  // space below is too short and the space above is not.
  const fitsBelow = rect.bottom + GAP_PX + height <= innerHeight;
  const fitsAbove = rect.top - GAP_PX - height >= 0;
  const above = !fitsBelow && fitsAbove && innerWidth >= WIDE_VIEWPORT_PX;
  const top = above ? rect.top - GAP_PX - height : rect.bottom + GAP_PX;
  preview.style.left = `${String(left + scrollX)}px`;
  preview.style.top = `${String(top + scrollY)}px`;
  preview.dataset.placement = above ? 'above' : 'below';
}

/** Scrolls the term up when the bottom sheet would cover it. */
function revealAboveSheet(sheet: HTMLElement, trigger: HTMLElement): void {
  const rect = trigger.getBoundingClientRect();
  const limit = window.innerHeight - sheet.offsetHeight - MARGIN_PX;
  if (rect.bottom > limit) window.scrollBy({ top: rect.bottom - limit, behavior: 'instant' });
}

/** A link to a glossary term with its preview, for components that hold the term's record. */
export function TermLink({
  term,
  children,
}: {
  term: TermPreviewText;
  children?: ReactNode;
}): ReactNode {
  const locale = useGlossaryLocale();
  const [mode, setMode] = useState<Mode | null>(null);
  const triggerRef = useRef<HTMLAnchorElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const lastTouch = useRef(-Infinity);
  const hovering = useRef(false);
  // After Escape the preview stays closed until the pointer and focus have left the term.
  const dismissed = useRef(false);
  const previewId = useId();
  const nameId = useId();

  const cancelTimer = useCallback(() => {
    window.clearTimeout(timer.current);
  }, []);
  const close = useCallback(() => {
    window.clearTimeout(timer.current);
    setMode(null);
  }, []);
  const open = useCallback(
    (next: Mode) => {
      window.clearTimeout(timer.current);
      if (closeOpenPreview !== close) closeOpenPreview?.();
      closeOpenPreview = close;
      setMode(next);
    },
    [close],
  );
  const closeLater = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(close, CLOSE_DELAY_MS);
  }, [close]);
  const dismiss = useCallback(
    (returnFocus: boolean) => {
      dismissed.current = true;
      close();
      if (returnFocus) triggerRef.current?.focus({ preventScroll: true });
    },
    [close],
  );

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (closeOpenPreview === close) closeOpenPreview = null;
    },
    [close],
  );

  useLayoutEffect(() => {
    const preview = previewRef.current;
    const trigger = triggerRef.current;
    if (mode === null || preview === null || trigger === null) return;
    if (mode === 'tooltip') {
      placeTooltip(preview, trigger);
    } else {
      revealAboveSheet(preview, trigger);
      preview.focus({ preventScroll: true });
    }
  }, [mode]);

  useEffect(() => {
    if (mode === null) return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape') dismiss(mode === 'sheet');
    };
    const onPointerDown = (event: globalThis.PointerEvent): void => {
      const target = event.target as Node | null;
      if (triggerRef.current?.contains(target) === true) return;
      if (previewRef.current?.contains(target) === true) return;
      close();
    };
    const onResize = (): void => {
      if (mode === 'tooltip' && previewRef.current !== null && triggerRef.current !== null) {
        placeTooltip(previewRef.current, triggerRef.current);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('resize', onResize);
    };
  }, [mode, close, dismiss]);

  const recentTouch = (): boolean => performance.now() - lastTouch.current < TOUCH_WINDOW_MS;

  const onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') lastTouch.current = performance.now();
  };
  const onPointerEnter = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    hovering.current = true;
    if (dismissed.current) return;
    if (mode !== null) {
      cancelTimer();
      return;
    }
    timer.current = window.setTimeout(() => {
      open('tooltip');
    }, OPEN_DELAY_MS);
  };
  const onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    hovering.current = false;
    if (document.activeElement !== triggerRef.current) dismissed.current = false;
    if (mode === 'tooltip' && document.activeElement !== triggerRef.current) closeLater();
    else if (mode === null) cancelTimer();
  };
  const onFocus = (): void => {
    // A tap focuses the link before its click; the click opens the sheet instead.
    if (recentTouch() || dismissed.current) return;
    open('tooltip');
  };
  const onBlur = (): void => {
    if (!hovering.current) dismissed.current = false;
    if (mode === 'tooltip' && !hovering.current) close();
  };
  const onClick = (event: { preventDefault: () => void }): void => {
    // The first tap shows the preview; a second tap on the term, or the sheet's link, follows it.
    if (recentTouch() && mode !== 'sheet') {
      event.preventDefault();
      dismissed.current = false;
      open('sheet');
    }
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && mode !== null) {
      event.preventDefault();
      dismiss(false);
    }
  };

  const href = `/glossary#${term.id}`;
  const other = otherLocale(locale);
  const showOtherName = term.name[other] !== term.name[locale];

  return (
    <>
      <Link
        ref={triggerRef}
        to={href}
        className={clsx(styles.term, mode !== null && styles.active)}
        aria-describedby={mode === 'tooltip' ? previewId : undefined}
        data-term={term.id}
        onPointerDown={onPointerDown}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
        onFocus={onFocus}
        onBlur={onBlur}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {children ?? term.name[locale]}
      </Link>
      {mode !== null &&
        createPortal(
          <div
            ref={previewRef}
            id={previewId}
            role={mode === 'tooltip' ? 'tooltip' : 'dialog'}
            aria-labelledby={mode === 'sheet' ? nameId : undefined}
            tabIndex={mode === 'sheet' ? -1 : undefined}
            className={clsx(styles.preview, mode === 'sheet' ? styles.sheet : styles.tooltip)}
            data-term-preview={term.id}
            onPointerEnter={(event) => {
              if (event.pointerType === 'mouse') {
                hovering.current = true;
                cancelTimer();
              }
            }}
            onPointerLeave={(event) => {
              if (event.pointerType !== 'mouse') return;
              hovering.current = false;
              if (mode === 'tooltip' && document.activeElement !== triggerRef.current) closeLater();
            }}
          >
            <p className={styles.names} id={nameId}>
              <span lang={locale} className={styles.name}>
                {term.name[locale]}
              </span>
              {showOtherName && (
                <>
                  {' '}
                  <span lang={other} className={styles.otherName}>
                    {term.name[other]}
                  </span>
                </>
              )}
            </p>
            <p className={styles.definition}>{term.short[locale]}</p>
            {mode === 'sheet' && (
              <div className={styles.actions}>
                <Link to={href} className={styles.more}>
                  <Translate
                    id="term.preview.readMore"
                    description="Link in a glossary term's preview sheet (touch screens) to the term on the glossary page"
                  >
                    용어집에서 자세히 보기
                  </Translate>
                </Link>
                <button
                  type="button"
                  className={clsx('button button--secondary button--sm', styles.close)}
                  onClick={() => {
                    dismiss(true);
                  }}
                >
                  <Translate
                    id="term.preview.close"
                    description="Button that closes a glossary term's preview sheet"
                  >
                    닫기
                  </Translate>
                </button>
              </div>
            )}
          </div>,
          document.body,
        )}
    </>
  );
}
