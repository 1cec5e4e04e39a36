import { createElement, type ComponentType, type ReactElement } from 'react';
import type { Props } from '@theme/CodeBlock';

// The theme's highlighting code block, once `./highlighting` has been evaluated (see index.tsx).
let highlighted: ComponentType<Props> | undefined;

export function registerHighlightedCodeBlock(component: ComponentType<Props>): void {
  highlighted = component;
}

/** The highlighted code block for these props, or undefined while Prism is not loaded. */
export function highlightedCodeBlock(props: Props): ReactElement | undefined {
  return highlighted === undefined ? undefined : createElement(highlighted, props);
}
