import { ROOT, readDoc, sectionIds } from '../../../../scripts/lib/docs';
import { sitePages, translationPairs } from '../../../../scripts/lib/sitePages';
import {
  INTRO,
  normalise,
  pageFreshness,
  readRecord,
  sectionHash,
  sections,
  sourceHashes,
  staleSections,
  updateRecord,
  writeRecord,
} from '../freshness';
import { pageReport, reportProblems } from '../report';

const ko = [
  '---',
  'title: 가상머신의 문제점',
  'description: 게스트 OS를 통째로 싣는 데서 오는 문제.',
  '---',
  '',
  '# 가상머신의 문제점',
  '',
  '첫 문단.',
  '',
  '## VM은 이제 쓸모없을까? {/* #vms-still-matter */}',
  '',
  '그렇지 않다.',
  '',
  '### 함께 쓰기 {/* #together */}',
  '',
  '```',
  '## 코드 안의 제목은 절이 아니다',
  '```',
  '',
].join('\n');

const en = [
  '---',
  'title: The problems with virtual machines',
  'description: The problems of carrying a whole guest OS.',
  '---',
  '',
  '# The problems with virtual machines',
  '',
  'First paragraph.',
  '',
  '## Are VMs obsolete, then? {/* #vms-still-matter */}',
  '',
  'No.',
  '',
  '### Together {/* #together */}',
  '',
].join('\n');

const FILE = 'i18n/en/docusaurus-plugin-content-docs/current/vm-problems.mdx';

describe('sections', () => {
  it('splits a page into its intro (with front matter) and one section per h2/h3 id', () => {
    const parts = sections(ko);
    expect(parts.map((s) => s.id)).toEqual([INTRO, 'vms-still-matter', 'together']);
    expect(parts[0]?.text).toContain('title: 가상머신의 문제점');
    expect(parts[0]?.text).toContain('첫 문단.');
    expect(parts[0]?.text).not.toContain('그렇지 않다');
    expect(parts[1]?.text).toContain('그렇지 않다.');
    expect(parts[1]?.text).not.toContain('함께 쓰기');
    expect(parts[2]?.text).toContain('## 코드 안의 제목은 절이 아니다');
  });
});

describe('sectionHash', () => {
  it('ignores blank lines, trailing spaces and MDX comments, but not wording', () => {
    const base = sectionHash('## A {/* #a */}\n\nText.');
    expect(sectionHash('## A {/* #a */}   \n\n\n\nText.  \n')).toBe(base);
    expect(sectionHash('## A {/* #renamed-comment */}\nText.{/* note */}')).toBe(base);
    expect(sectionHash('## A {/* #a */}\n\nText!')).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(normalise('a  \n\n b')).toBe('a\n b');
  });
});

describe('the translation record', () => {
  it('is written as the last front matter field and read back', () => {
    const record = new Map([
      [INTRO, '0123456789ab'],
      ['vms-still-matter', 'abcdef012345'],
    ]);
    const written = writeRecord(en, record);
    expect(written.split('\n').slice(0, 7)).toEqual([
      '---',
      'title: The problems with virtual machines',
      'description: The problems of carrying a whole guest OS.',
      'translation_of:',
      '  _intro: "0123456789ab"',
      '  vms-still-matter: "abcdef012345"',
      '---',
    ]);
    expect(readRecord(written, FILE)).toEqual(record);
    // Writing again replaces the record instead of adding a second one.
    expect(writeRecord(written, new Map([[INTRO, 'ffffffffffff']]))).toBe(
      writeRecord(en, new Map([[INTRO, 'ffffffffffff']])),
    );
    // The body is untouched.
    expect(written.split('\n').slice(7).join('\n')).toBe(en.split('\n').slice(4).join('\n'));
  });

  it('is absent from a page that has none', () => {
    expect(readRecord(en, FILE)).toBeNull();
  });

  it.each([
    ['a hash that is not 12 hex digits', '  _intro: "xyz"', /:5: section "_intro": hash "xyz"/],
    ['an unquoted hash', '  _intro: 0123456789ab', /:5: expected ' {2}<section-id>: "<12 hex/],
    [
      'a duplicate id',
      '  a: "0123456789ab"\n  a: "0123456789ab"',
      /:6: section "a" is recorded twice/,
    ],
  ])('rejects %s, naming the file and line', (_name, entries, message) => {
    const bad = en.replace('---\n\n#', `translation_of:\n${entries}\n---\n\n#`);
    expect(() => readRecord(bad, FILE)).toThrow(message);
    expect(() => readRecord(bad, FILE)).toThrow(new RegExp(`^${FILE.replace(/[.]/g, '\\.')}:`));
  });

  it('refuses a page without front matter', () => {
    expect(() => writeRecord('# Title', new Map())).toThrow(/no front matter/);
  });
});

describe('pageFreshness', () => {
  it('calls every section unrecorded before the first update, fresh after it', () => {
    expect(pageFreshness(ko, en, FILE).sections.map((s) => s.state)).toEqual([
      'unrecorded',
      'unrecorded',
      'unrecorded',
    ]);
    const recorded = updateRecord(ko, en, FILE);
    const after = pageFreshness(ko, recorded, FILE);
    expect(after.sections.map((s) => s.state)).toEqual(['fresh', 'fresh', 'fresh']);
    expect(after.orphans).toEqual([]);
  });

  it('marks only the Korean section that changed as stale, until its new hash is recorded', () => {
    const recorded = updateRecord(ko, en, FILE);
    const changedKo = ko.replace('그렇지 않다.', '그렇지 않다. 지금도 널리 쓰인다.');
    const freshness = pageFreshness(changedKo, recorded, FILE);
    expect(staleSections(freshness)).toEqual(['vms-still-matter']);
    const stale = freshness.sections.find((s) => s.id === 'vms-still-matter');
    expect(stale?.recorded).toBe(sourceHashes(ko).get('vms-still-matter'));
    expect(stale?.current).toBe(sourceHashes(changedKo).get('vms-still-matter'));

    // Recording only another section leaves this one stale; recording it clears it.
    const other = updateRecord(changedKo, recorded, FILE, ['together']);
    expect(staleSections(pageFreshness(changedKo, other, FILE))).toEqual(['vms-still-matter']);
    const caughtUp = updateRecord(changedKo, recorded, FILE, ['vms-still-matter']);
    expect(staleSections(pageFreshness(changedKo, caughtUp, FILE))).toEqual([]);
  });

  it('sees a change to the Korean title or description as a change of the intro', () => {
    const recorded = updateRecord(ko, en, FILE);
    const retitled = ko.replace('description: 게스트 OS를', 'description: 게스트 OS 하나를');
    expect(staleSections(pageFreshness(retitled, recorded, FILE))).toEqual([INTRO]);
  });

  it('reports sections the English page lacks and records for sections that are gone', () => {
    const recorded = updateRecord(ko, en, FILE);
    const withNew = `${ko}\n## 새 절 {/* #new-section */}\n\n내용.\n`;
    const freshness = pageFreshness(withNew, recorded, FILE);
    expect(freshness.sections.find((s) => s.id === 'new-section')?.state).toBe('untranslated');
    const withoutTogether = ko.slice(0, ko.indexOf('### 함께 쓰기'));
    expect(pageFreshness(withoutTogether, recorded, FILE).orphans).toEqual(['together']);
  });

  it('refuses to record a section the Korean page does not have', () => {
    expect(() => updateRecord(ko, en, FILE, ['nope'])).toThrow(
      /vm-problems\.mdx: no section "nope" in the Korean page \(sections: _intro, vms-still-matter, together\)/,
    );
  });
});

describe('on the real docs', () => {
  // Every page of every edition and locale: the sidebars and the config (scripts/lib/sitePages.ts).
  const files = sitePages().map((page) => page.file);

  // freshness.ts reads headings itself (Docusaurus loads it where scripts/lib/docs.ts cannot
  // run); both readings must find the same sections.
  it.each(files)('%s: the sections are the page’s h2/h3 ids, after the intro', (file) => {
    const source = readDoc(file);
    expect(sections(source).map((s) => s.id)).toEqual([INTRO, ...sectionIds(source)]);
  });

  // What `npx tsx scripts/translation-freshness.ts check` reports: a translation that is missing,
  // lacks its record (a new page), or translates an older Korean text.
  it('every translation exists and records the current Korean text of every section', () => {
    const reports = translationPairs().map((pair) =>
      pageReport(ROOT, pair.source, pair.translation),
    );
    expect(reports.length).toBeGreaterThan(0);
    expect(reportProblems(reports)).toEqual([]);
  });
});
