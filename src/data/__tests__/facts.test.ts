import { readDoc } from '../../../scripts/lib/docs';
import { revisedPages as revisedSitePages } from '../../../scripts/lib/sitePages';
import { COMPARISON_TABLES } from '../comparison';
import { FACTS, FACT_IDS, fact, getFact } from '../facts';
import { glossary } from '../glossary';
import { REFERENCES } from '../references';

// The ids /work/notes/decisions.md §1 fixes: pages already use them.
const DECIDED_IDS = [
  'vm-startup',
  'container-startup',
  'vm-image-size',
  'container-image-size',
  'microvm-boot',
  'cpu-overhead',
];

/**
 * A startup time or an image size written out: a number with a unit of time or size, or the
 * Korean and English ways of saying "a few seconds", "tens of MB", "milliseconds"...
 */
const FIGURES: readonly RegExp[] = [
  /\d+(?:[.,]\d+)?\s*(?:ms|밀리초|초|분|시간)/u,
  /\d+(?:[.,]\d+)?\s*(?:KB|MB|GB|TB|KiB|MiB|GiB|TiB)(?![A-Za-z])/u,
  /(?:몇|수|수십|수백|수천|십여)\s*(?:초|분|KB|MB|GB|TB)/u,
  /밀리초|초 안팎|초\s*~|분\s*~|수십\s*~\s*수백/u,
  /\b\d+(?:\.\d+)?\s*(?:ms|secs?|seconds?|mins?|minutes?|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\b/iu,
  /\b(?:milliseconds?|seconds|minutes?|hours|kilobytes|megabytes|gigabytes)\b/iu,
  /\b(?:a|one) second\b/iu,
  /\b(?:few|several|tens of|hundreds of)\s+(?:KB|MB|GB|TB)\b/iu,
];

/** The figures `text` states itself, once every fact's own wording is taken out. */
function ownFigures(text: string): string[] {
  let rest = text;
  for (const { text: factText } of FACTS) {
    for (const phrase of [factText.ko, factText.en]) {
      rest = rest.split(phrase).join(' ');
      // A fact opening an English table cell is capitalized.
      rest = rest.split(phrase.charAt(0).toUpperCase() + phrase.slice(1)).join(' ');
    }
  }
  return FIGURES.flatMap((pattern) => {
    const match = pattern.exec(rest);
    return match ? [match[0]] : [];
  });
}

/** Every text of the glossary and of the revised comparison rows, labelled. */
function dataTexts(): { where: string; text: string }[] {
  const terms = glossary.flatMap((term) =>
    (['short', 'long'] as const).flatMap((field) =>
      (['ko', 'en'] as const).map((locale) => ({
        where: `glossary ${term.id} ${field}.${locale}`,
        text: term[field][locale],
      })),
    ),
  );
  const rows = COMPARISON_TABLES.revised.rows.flatMap((row) =>
    (['aspect', 'hypervisor', 'container'] as const).flatMap((column) =>
      (['ko', 'en'] as const).map((locale) => ({
        where: `comparison ${row.id} ${column}.${locale}`,
        text: row[column][locale],
      })),
    ),
  );
  return [...terms, ...rows];
}

/**
 * The prose lines of a revised page, without what is not the page's own statement: code,
 * link targets, comments, and quotations (a change list quotes the note's "몇 분 / 몇 초").
 */
function pageProse(source: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let inCode = false;
  source.split('\n').forEach((raw, index) => {
    if (/^\s*(?:```|~~~)/.test(raw)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const text = raw
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\{\/\*.*?\*\/\}/g, ' ')
      .replace(/"[^"]*"|“[^”]*”|‘[^’]*’|'[^']*'/g, ' ');
    lines.push({ line: index + 1, text });
  });
  return lines;
}

/** The MDX files of the revised edition, in every locale (from the sidebars). */
function revisedPages(): string[] {
  return revisedSitePages().map((page) => page.file);
}

describe('the facts', () => {
  it('are the figures decisions.md names, by id', () => {
    expect([...FACT_IDS]).toEqual(DECIDED_IDS);
  });

  it.each(FACTS.map((item) => [item.id, item] as const))(
    '%s is a noun phrase in both languages',
    (_id, item) => {
      for (const text of [item.text.ko, item.text.en]) {
        expect(text.trim()).toBe(text);
        expect(text).not.toBe('');
        expect(text).not.toMatch(/[.!?]$/);
      }
      // It follows other words in a sentence: lower case unless it starts with a name.
      expect(item.text.en).toMatch(/^(?:[a-z]|Firecracker)/);
      expect(item.text.en).not.toMatch(/[\u3130-\u318f\uac00-\ud7af]/);
    },
  );

  it.each(FACTS.map((item) => [item.id, item] as const))(
    '%s names sources listed on the revised references page',
    (_id, item) => {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) {
        const reference = REFERENCES.find((candidate) => candidate.id === source);
        expect(reference?.editions, source).toContain('revised');
        expect(reference?.url, source).toMatch(/^https:\/\//);
      }
    },
  );

  it('are found by id, and an unknown id is undefined', () => {
    expect(getFact('vm-startup')).toBe(fact('vm-startup'));
    expect(getFact('vm-startpu')).toBeUndefined();
  });
});

describe('figures (startup times, image sizes, overheads)', () => {
  it.each([
    ['몇 초 안에 시작한다'],
    ['보통 1초 안팎에서 몇 초면 된다'],
    ['이미지는 보통 수십~수백 MB이고'],
    ['보통 밀리초~몇 초'],
    ['보통 수십 초~몇 분'],
    ['부팅에 몇 분이 걸리기도 한다'],
    ['수 MB~수백 MB'],
    ['images are typically tens to hundreds of megabytes'],
    ['they start in seconds'],
    ['Typically milliseconds to seconds'],
    ['booting can take minutes'],
    ['a few MB to a few hundred MB'],
    ['as little as 125 ms'],
  ])('are caught when written out: %j', (text) => {
    expect(ownFigures(text)).not.toEqual([]);
  });

  it.each([
    ['2008년 리눅스 2.6.24에 들어갔다'],
    ['v1.24에서 dockershim이 빠졌다'],
    ['nginx:1.27 같은 태그'],
    ['virtual machines date back to the 1960s and 70s'],
    ['the first scenario'],
  ])('are not mistaken for other numbers: %j', (text) => {
    expect(ownFigures(text)).toEqual([]);
  });

  it('in the glossary and the comparison table come only from facts.ts', () => {
    const offenders = dataTexts().flatMap(({ where, text }) =>
      ownFigures(text).map((figure) => `${where}: "${figure}" — use a fact from facts.ts`),
    );
    expect(offenders).toEqual([]);
  });

  it('come only from <Fact> on the revised pages (quotations of the note aside)', () => {
    const offenders = revisedPages().flatMap((file) =>
      pageProse(readDoc(file)).flatMap(({ line, text }) =>
        ownFigures(text).map(
          (figure) => `${file}:${String(line)}: "${figure}" — write <Fact id="..." />`,
        ),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('use every fact that the table or the glossary needs', () => {
    const all = dataTexts()
      .map(({ text }) => text)
      .join('\n');
    for (const item of FACTS) {
      expect(all, item.id).toContain(item.text.ko);
    }
  });
});
