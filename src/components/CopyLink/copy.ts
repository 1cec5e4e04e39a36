/** Writes `text` to the clipboard; rejects where the Clipboard API is missing (plain http). */
export function copyText(text: string): Promise<void> {
  const { clipboard } = navigator as Partial<Navigator>;
  if (clipboard === undefined) return Promise.reject(new Error('Clipboard API unavailable'));
  return clipboard.writeText(text);
}

/** Plain text of a React node tree (strings and numbers, through elements' children). */
export function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node !== null && typeof node === 'object' && 'props' in node) {
    const { props } = node as { props: { children?: unknown } };
    return textOf(props.children);
  }
  return '';
}
