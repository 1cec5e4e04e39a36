/**
 * `llms.txt` and `llms-full.txt` (https://llmstxt.org): a title, a one-paragraph summary in a
 * blockquote, then sections of links to the Markdown copies, each with a one-line description.
 * `## Optional` is the format's name for what a reader with little room may skip.
 */
import type { Root } from 'mdast';
import { list, link, paragraph, text } from './components';
import { stringify } from './convert';

export interface LlmsEntry {
  readonly title: string;
  /** Absolute URL of the Markdown copy. */
  readonly url: string;
  readonly description: string;
}

interface Header {
  readonly title: string;
  readonly summary: string;
}

function entries(items: readonly LlmsEntry[]): Root['children'] {
  return [
    list(
      items.map((item) => [
        paragraph([
          link(item.url, [text(item.title)]),
          ...(item.description === '' ? [] : [text(`: ${item.description.replace(/\s+/g, ' ')}`)]),
        ]),
      ]),
    ),
  ];
}

function head({ title, summary }: Header): Root['children'] {
  return [
    { type: 'heading', depth: 1, children: [text(title)] },
    { type: 'blockquote', children: [paragraph([text(summary.replace(/\s+/g, ' '))])] },
  ];
}

export function llmsTxt(
  options: Header & {
    readonly docs: readonly LlmsEntry[];
    readonly glossary: LlmsEntry;
    readonly optional: readonly LlmsEntry[];
  },
): string {
  const section = (name: string, items: readonly LlmsEntry[]): Root['children'] =>
    items.length === 0
      ? []
      : [{ type: 'heading', depth: 2, children: [text(name)] }, ...entries(items)];
  return stringify({
    type: 'root',
    children: [
      ...head(options),
      ...section('Docs', options.docs),
      ...section('Glossary', [options.glossary]),
      ...section('Optional', options.optional),
    ],
  });
}

/** The title and summary, then each page's Markdown in order, separated by a rule. */
export function llmsFullTxt(options: Header & { readonly pages: readonly string[] }): string {
  return [stringify({ type: 'root', children: head(options) }), ...options.pages]
    .map((part) => part.trim())
    .join('\n\n---\n\n')
    .concat('\n');
}
