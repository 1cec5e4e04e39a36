import {
  COMPARISON_TABLES,
  NOTE_ROW_IDS,
  inLocale,
  type ComparisonEdition,
  type ComparisonRow,
  type LocalizedText,
} from '../comparison';
import {
  ANCHOR_ID,
  EDITIONS,
  LOCALES,
  docFile,
  readDoc,
  sectionIds,
} from '../../../scripts/lib/docs';
import { fact } from '../facts';
import { noteTable, readNote } from './note';

const HANGUL = /[\u3130-\u318f\uac00-\ud7af]/;
const editions = Object.keys(COMPARISON_TABLES) as ComparisonEdition[];
const rowsOf = (edition: ComparisonEdition): readonly ComparisonRow[] =>
  COMPARISON_TABLES[edition].rows;

function textProblems(field: string, text: LocalizedText): string[] {
  const problems: string[] = [];
  for (const locale of ['ko', 'en'] as const) {
    const value = text[locale];
    if (value.trim() === '') problems.push(`${field}.${locale} is empty: write the ${locale} text`);
    if (value !== value.trim()) problems.push(`${field}.${locale} has leading or trailing spaces`);
  }
  if (HANGUL.test(text.en)) problems.push(`${field}.en contains Korean: translate it to English`);
  return problems;
}

describe.each(editions)('the %s comparison table', (edition) => {
  const { columns, rows } = COMPARISON_TABLES[edition];

  it('has both column headings in both languages', () => {
    expect([
      ...textProblems('columns.hypervisor', columns.hypervisor),
      ...textProblems('columns.container', columns.container),
    ]).toEqual([]);
  });

  it.each(rows.map((row) => ({ id: row.id, row })))('row "$id" is complete', ({ row }) => {
    const problems = [
      ...(ANCHOR_ID.test(row.id)
        ? []
        : [`id "${row.id}" must be lower-case ASCII words joined by "-" (it is a URL anchor)`]),
      ...textProblems('aspect', row.aspect),
      ...textProblems('hypervisor', row.hypervisor),
      ...textProblems('container', row.container),
    ];
    expect(problems).toEqual([]);
  });

  it('has unique row ids', () => {
    const ids = rows.map((row) => row.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("starts with the note's six rows, in the note's order", () => {
    expect(rows.slice(0, NOTE_ROW_IDS.length).map((row) => row.id)).toEqual(NOTE_ROW_IDS);
  });

  it("uses no row id that is also a heading id of a comparison page (they share one URL's anchors)", () => {
    const ids = new Set(rows.map((row) => row.id));
    const clashes = LOCALES.flatMap((locale) =>
      EDITIONS.flatMap((docsEdition) => {
        const file = docFile(locale, docsEdition, 'comparison');
        return sectionIds(readDoc(file))
          .filter((id) => ids.has(id))
          .map((id) => `${file}: #${id}`);
      }),
    );
    expect(clashes).toEqual([]);
  });
});

describe('the original edition rows', () => {
  const note = noteTable(readNote());
  const { columns, rows } = COMPARISON_TABLES.original;

  it('has exactly the six rows of the note', () => {
    expect(note.rows).toHaveLength(6);
    expect(rows.map((row) => row.id)).toEqual(NOTE_ROW_IDS);
  });

  it("copies the note's column headings word for word", () => {
    expect([columns.hypervisor.ko, columns.container.ko]).toEqual(note.columns);
  });

  it.each(note.rows.map((cells, index) => ({ aspect: cells[0], cells, index })))(
    "copies the note's row $aspect word for word",
    ({ cells, index }) => {
      const row = rows[index];
      expect(row && [row.aspect.ko, row.hypervisor.ko, row.container.ko]).toEqual(cells);
    },
  );
});

describe('the revised edition rows', () => {
  it('add rows beyond the note', () => {
    expect(rowsOf('revised').length).toBeGreaterThan(NOTE_ROW_IDS.length);
  });

  const byId = new Map(rowsOf('revised').map((row) => [row.id, row]));

  it('say that containers start processes rather than boot a kernel, and have no guest OS', () => {
    expect(byId.get('startup-time')?.container.en).toMatch(/no kernel boots; a process starts/);
    expect(byId.get('guest-os')?.container.en).toMatch(/no guest OS/);
  });

  it.each([
    ['startup-time', 'hypervisor', 'vm-startup'],
    ['startup-time', 'container', 'container-startup'],
    ['image-size', 'hypervisor', 'vm-image-size'],
    ['image-size', 'container', 'container-image-size'],
    ['performance', 'hypervisor', 'cpu-overhead'],
  ] as const)('state the %s of the %s column through the fact %s', (rowId, column, factId) => {
    const cell = byId.get(rowId)?.[column];
    const { text } = fact(factId);
    expect(cell?.ko).toContain(text.ko);
    expect(cell?.en.toLowerCase()).toContain(text.en.toLowerCase());
  });

  it('say that container data is ephemeral in Docker and Kubernetes alike', () => {
    const cell = byId.get('data-management')?.container.en;
    expect(cell).toMatch(/Docker keeps a stopped container's writable layer until/);
    expect(cell).toMatch(/Kubernetes restarts a failed container with a clean state/);
    expect(cell).toMatch(/ephemeral either way/);
  });

  it('bound portability by the kernel, the CPU architecture and the GPU drivers', () => {
    expect(byId.get('portability')?.container.en).toMatch(
      /type, version and features .* CPU architecture .* GPU drivers/,
    );
  });
});

describe('inLocale', () => {
  it('picks English on English pages and Korean, the source language, otherwise', () => {
    const text = { ko: '시작 시간', en: 'Startup time' };
    expect(inLocale(text, 'en')).toBe('Startup time');
    expect(inLocale(text, 'ko')).toBe('시작 시간');
    expect(inLocale(text, 'fr')).toBe('시작 시간');
  });
});
