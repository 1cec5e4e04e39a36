import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromYAMLFilePath } from 'prh';
import dictionary from '../../src/data/terminology.json';
import { ROOT } from '../lib/docs';
import { DATA_SCOPE, formatHit, proofread, type Hit } from '../lib/proofread';
import { registerProblems } from '../lib/register';

const DICTIONARY = join(ROOT, 'src/data/terminology.json');
const FIXTURES = 'scripts/__tests__/fixtures/proofread';
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

interface Rule {
  readonly expected: string;
  readonly patterns?: readonly string[];
  readonly specs?: readonly { from: string; to: string }[];
  readonly prh?: string;
}
const rules: readonly Rule[] = dictionary.rules;
const isRegex = (pattern: string): boolean => /^\/.*\/[a-z]*$/.test(pattern);

const engine = fromYAMLFilePath(DICTIONARY);

/** Runs the dictionary over a text the way prh does, and returns the corrected text. */
function corrected(text: string): string {
  return engine.makeChangeSet('', text).applyChangeSets(text);
}

/** Rows of the "Terms" table of TERMINOLOGY.md: preferred forms, and the variants in `code`. */
function terminologyRows(): { preferred: string[]; variants: string[] }[] {
  const doc = read('TERMINOLOGY.md');
  const table = doc.slice(doc.indexOf('## Terms'), doc.indexOf('## Registers'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(한국어|-)/.test(line))
    .map((line) => {
      const [korean = '', english = '', variants = ''] = line.split('|').slice(1);
      const forms = (cell: string): string[] =>
        cell
          .split(' / ')
          .map((form) => form.replace(/\s*\([^)]*\)\s*$/, '').trim())
          .filter(Boolean);
      return {
        preferred: [...forms(korean), ...forms(english)],
        variants: [...variants.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
      };
    });
}

describe('the terminology dictionary (src/data/terminology.json)', () => {
  it('loads in prh, which runs every rule’s specs', () => {
    expect(engine.rules).toHaveLength(rules.length);
  });

  it.each(rules.map((rule) => [rule.expected, rule] as const))(
    '%s: stays in prh’s rule format, with a note and specs',
    (_expected, rule) => {
      const known = ['expected', 'pattern', 'patterns', 'regexpMustEmpty', 'options', 'specs'];
      // `prh` is the message textlint-rule-prh shows (prh's own rule sets use it too).
      expect(Object.keys(rule).filter((key) => ![...known, 'prh'].includes(key))).toEqual([]);
      expect(rule.prh).toMatch(/TERMINOLOGY\.md/);
      expect(rule.specs?.some((spec) => spec.from !== spec.to)).toBe(true);
    },
  );

  it('lists a longer variant before a shorter one it starts with (else it never matches)', () => {
    for (const rule of rules) {
      const plain = (rule.patterns ?? []).filter((pattern) => !isRegex(pattern));
      plain.forEach((pattern, i) => {
        const shadowed = plain.slice(i + 1).filter((later) => later.startsWith(pattern));
        expect(shadowed, `${rule.expected}: "${pattern}" hides ${shadowed.join(', ')}`).toEqual([]);
      });
    }
  });

  it('turns every variant of TERMINOLOGY.md into a preferred form of its row', () => {
    const rows = terminologyRows();
    expect(rows.length).toBeGreaterThan(30);
    for (const { preferred, variants } of rows) {
      for (const variant of variants) {
        const fixed = corrected(variant);
        expect(fixed, `TERMINOLOGY.md: "${variant}" is not rejected`).not.toBe(variant);
        // Case aside: "Licence" at the start of a sentence becomes "License".
        expect(
          preferred.map((form) => form.toLowerCase()),
          `"${variant}"`,
        ).toContain(fixed.toLowerCase());
      }
    }
  });

  it('lists every variant it rejects in TERMINOLOGY.md', () => {
    const listed = new Set(terminologyRows().flatMap((row) => row.variants));
    const plain = rules.flatMap((rule) => (rule.patterns ?? []).filter((p) => !isRegex(p)));
    expect(plain.filter((pattern) => !listed.has(pattern))).toEqual([]);
  });

  it('leaves the preferred forms alone', () => {
    for (const { preferred } of terminologyRows()) {
      for (const form of preferred) expect(corrected(form)).toBe(form);
    }
  });
});

/** Where each `found` of `expected` lies in `file`, searching from the previous one. */
function hitsAt(file: string, expected: readonly [number, string, string][]): Hit[] {
  const lines = read(file).split('\n');
  let previous = { line: 0, index: -1 };
  return expected.map(([line, found, use]) => {
    const text = lines[line - 1] ?? '';
    const index = text.indexOf(found, previous.line === line ? previous.index + 1 : 0);
    previous = { line, index };
    return expect.objectContaining({ file, line, column: index + 1, found, expected: use }) as Hit;
  });
}

describe('the proofreading check', () => {
  const variants = `${FIXTURES}/variants.mdx`;

  it('reports each variant in MDX with its file, line, column and the preferred form', async () => {
    const { hits } = await proofread({ mdx: [variants], codeJson: [], data: [] });
    expect(hits).toEqual(
      hitsAt(variants, [
        [2, '가상 머신', '가상머신'],
        [3, '자원을', '리소스를'],
        [6, '파일 시스템', '파일시스템'],
        [6, '격리성', '격리'],
        [8, '자원', '리소스'],
        [8, '가상 머신', '가상머신'],
        [8, '자원이', '리소스가'],
        [8, '2형 하이퍼바이저', '타입 2 하이퍼바이저'],
        [10, '사용자 공간', '유저랜드'],
        [11, '파이어크래커', 'Firecracker'],
        [11, '도커 데스크탑', 'Docker Desktop'],
        [13, 'devops', 'DevOps'],
        [13, 'QCOW2', 'qcow2'],
        [15, 'licence', 'license'],
        [15, 'devops', 'DevOps'],
      ]),
    );
    expect(formatHit(hits[0] as Hit)).toBe(`${variants}:2:8  found "가상 머신" → use "가상머신"`);
  });

  it('passes clean MDX: code, URLs, link targets, quotes between disable comments, exceptions', async () => {
    const { hits } = await proofread({ mdx: [`${FIXTURES}/clean.mdx`], codeJson: [], data: [] });
    expect(hits).toEqual([]);
  });

  it('reads the messages of code.json, except the note’s own question', async () => {
    const file = `${FIXTURES}/i18n/ko/code.json`;
    const { hits } = await proofread({ mdx: [], codeJson: [file], data: [] });
    expect(hits).toEqual(hitsAt(file, [[19, '자원', '리소스']]));
  });

  it('reads the localized text of data modules and traces each hit to its literal', async () => {
    const facts = `${FIXTURES}/data/facts.ts`;
    const rows = `${FIXTURES}/data/rows.ts`;
    const scope = { ...DATA_SCOPE, exempt: { 'rows.ts': [['TABLES', 'original']] } };
    const { hits } = await proofread({ mdx: [], codeJson: [], data: [facts, rows] }, scope);
    expect(hits).toEqual([
      // Once, where it is written, though the rows repeat the fact's text.
      ...hitsAt(facts, [[4, '자원이', '리소스가']]),
      ...hitsAt(rows, [
        [14, '가상 머신', '가상머신'],
        // The column counts the escapes as written (\u201c).
        [16, 'devops', 'DevOps'],
        [16, 'licence', 'license'],
        // Not the aliases (자원) nor the exempt original rows (하이퍼 바이저 형).
        [26, '자원을', '리소스를'],
      ]),
    ]);
  });

  it('runs from the command line and fails on a variant', () => {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/proofread.ts', variants], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${variants}:8:4  found "자원" → use "리소스"`);
  }, 60_000);
});

describe('registers of the Korean UI strings', () => {
  it('reports 평어체 or 해요체 in interface strings and 합니다체 in prose', () => {
    const file = `${FIXTURES}/i18n/ko/code.json`;
    expect(
      registerProblems(file, read(file)).map(({ id, line, ending }) => [id, line, ending]),
    ).toEqual([
      ['glossary.entry.copied', 7, '복사했다'],
      ['glossary.count.none', 11, '없어요'],
      ['home.hero.intro', 15, '가상화합니다'],
    ]);
  });

  it('holds in i18n/ko/code.json', () => {
    expect(registerProblems('i18n/ko/code.json', read('i18n/ko/code.json'))).toEqual([]);
  });
});
