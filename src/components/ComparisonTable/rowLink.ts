/** The address of a table row: the page's address with the row id as its fragment. */
export function rowUrl(pageHref: string, rowId: string): string {
  const url = new URL(pageHref);
  url.hash = rowId;
  return url.href;
}
