/**
 * Reads the parts of the source note that moved into typed data (the summary table, the
 * reference list and the quiz), so that tests can hold the data to the note word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/docs';

export function readNote(): string {
  return readFileSync(join(ROOT, 'source', 'vm-vs-container.ko.md'), 'utf8');
}

/** Lines of the note from the heading `heading` up to the next heading of any level. */
function section(note: string, heading: string): string[] {
  const lines = note.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.includes(heading));
  if (start < 0) throw new Error(`The note has no heading "${heading}"`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,6}\s/.test(line));
  return end < 0 ? rest : rest.slice(0, end);
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

const unbold = (text: string): string => text.replace(/^\*\*(.*)\*\*$/, '$1');

export interface NoteTable {
  readonly columns: readonly [string, string];
  readonly rows: readonly (readonly [string, string, string])[];
}

/** The "(정리 표)" table: its two column headings and its rows (aspect, hypervisor, container). */
export function noteTable(note: string): NoteTable {
  const tableLines = section(note, '(정리 표)').filter((line) => line.trim().startsWith('|'));
  const [header, rule, ...body] = tableLines;
  if (header === undefined || rule === undefined) throw new Error('The note has no table');
  const [, hypervisor = '', container = ''] = cells(header);
  return {
    columns: [unbold(hypervisor), unbold(container)],
    rows: body.map((line) => {
      const [aspect = '', left = '', right = ''] = cells(line);
      return [aspect, left, right] as const;
    }),
  };
}

/** The "(참고)" list: each item's link text (Markdown escapes undone) and URL, in order. */
export function noteReferences(note: string): { title: string; url: string; line: string }[] {
  return section(note, '(참고)')
    .filter((line) => line.startsWith('- ['))
    .map((line) => {
      const match = /^- \[(.*)\]\((\S+)\)$/.exec(line);
      if (!match) throw new Error(`Unexpected reference line in the note: ${line}`);
      const [, title = '', url = ''] = match;
      return { title: title.replace(/\\\|/g, '|'), url, line };
    });
}

/** The quiz question of "다 이해했어? 다음에 답해보자", without its emphasis. */
export function noteQuizQuestion(note: string): string {
  const item = section(note, '다 이해했어?').find((line) => line.startsWith('- '));
  if (item === undefined) throw new Error('The note has no quiz question');
  return item.replace(/^- \*(.*)\*$/, '$1');
}
