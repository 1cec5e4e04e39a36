import { copyText } from '@site/src/components/CopyLink/copy';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { Accept: 'text/markdown, text/plain' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  return response.text();
}

/**
 * Copies the text at `url` (a page's Markdown copy) to the clipboard. Where the browser takes a
 * clipboard item whose content is still loading (Safari requires it: the copy must start within
 * the click), the fetch runs inside the write; otherwise, or if that fails, the text is fetched
 * first and then written.
 */
export async function copyMarkdown(url: string): Promise<void> {
  const text = fetchText(url);
  const { clipboard } = navigator as Partial<Navigator>;
  if (typeof ClipboardItem === 'function' && typeof clipboard?.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': text.then((value) => new Blob([value], { type: 'text/plain' })),
        }),
      ]);
      return;
    } catch {
      // Fall back to writing the text once fetched (a failed fetch rejects below as well).
    }
  }
  await copyText(await text);
}
