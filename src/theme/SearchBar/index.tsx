import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { useLocation } from '@docusaurus/router';
import { focusSearchTarget, highlightedWords } from '../../search/arrival';
import {
  focusBoxOnClear,
  keepFocusOnClear,
  keepFocusOnEscape,
  noteEscape,
} from '../../search/searchBoxFocus';

type Props = ComponentProps<typeof SearchBar>;

/**
 * The search plugin's bar, plus:
 * - a page opened from a search result (the words to highlight travel in the history state,
 *   patches/@easyops-cn+docusaurus-search-local.md) gets the focus on the matched section, so
 *   keyboard and screen-reader users start where the result pointed;
 * - the clear button and Escape keep the focus in the box (src/search/searchBoxFocus.ts).
 */
export default function SearchBarWrapper(props: Props): ReactNode {
  const location = useLocation();
  const arrived = useRef<string | undefined>(undefined);
  useEffect(() => {
    document.addEventListener('mousedown', keepFocusOnClear, true);
    document.addEventListener('click', focusBoxOnClear, true);
    document.addEventListener('keydown', noteEscape, true);
    document.addEventListener('autocomplete:closed', keepFocusOnEscape, true);
    return () => {
      document.removeEventListener('mousedown', keepFocusOnClear, true);
      document.removeEventListener('click', focusBoxOnClear, true);
      document.removeEventListener('keydown', noteEscape, true);
      document.removeEventListener('autocomplete:closed', keepFocusOnEscape, true);
    };
  }, []);
  useEffect(() => {
    if (highlightedWords(location.state).length === 0) return;
    const arrival = `${location.pathname}${location.search}${location.hash}`;
    if (arrived.current === arrival) return;
    arrived.current = arrival;
    focusSearchTarget(document, location.hash);
  }, [location]);
  return <SearchBar {...props} />;
}
