import { createElement, isValidElement, type ReactNode } from 'react';
import clsx from 'clsx';
import OriginalLine from '@theme-original/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Line';
import styles from './styles.module.css';

// `@theme-original/*` modules are untyped; this one is the theme's CodeBlock line, a plain
// function of its props (no hooks), so it can be called to get the element it renders.
const originalLine = OriginalLine as (props: Props) => ReactNode;

/**
 * The theme's code line, as a `<span>` instead of a `<div>`: a line sits inside `<code>`, whose
 * content is phrasing content only, and a `<div>` there is invalid HTML (the W3C checker and
 * tests/build/html-valid.test.ts report it). Everything else (tokens, line numbers, highlighted
 * lines, the line break) is the original's: this takes the element it renders and changes
 * only the tag, displayed as a block like the `<div>` was. `__tests__/Line.test.tsx` fails when
 * the original stops rendering a `<div>`, i.e. when this wrapper is no longer needed.
 */
export default function CodeBlockLine(props: Props): ReactNode {
  const line = originalLine(props);
  if (!isValidElement<{ className?: string }>(line) || line.type !== 'div') return line;
  return createElement('span', {
    ...line.props,
    className: clsx(line.props.className, styles.line),
  });
}
