/**
 * Blanks an MDX file's front matter, keeping its lines, so that the positions a parser reports
 * stay those of the file (for error messages that name the line). Shared by the page-text
 * helpers of the tests (scripts/lib/mdxText.ts) and the Markdown copies (src/plugins/llms).
 */
export function withoutFrontMatter(source: string): string {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return source;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return source;
  return lines.map((line, index) => (index <= end ? '' : line)).join('\n');
}
