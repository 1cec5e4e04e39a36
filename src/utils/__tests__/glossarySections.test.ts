import { glossary } from '../../data/glossary';
import { LATIN_GROUP, letterSections } from '../glossarySections';
import { HANGUL_INDEX_LETTERS } from '../hangul';

describe('letterSections', () => {
  it('lists ㄱ–ㅎ on the Korean page, then the terms that start in Latin letters', () => {
    const sections = letterSections(glossary, 'ko');
    expect(sections.map((section) => section.letter)).toEqual([
      ...HANGUL_INDEX_LETTERS,
      LATIN_GROUP,
    ]);
    const latin = sections.find((section) => section.letter === LATIN_GROUP);
    const latinNames = glossary
      .map((term) => term.name.ko)
      .filter((name) => /^[A-Za-z]/.test(name))
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(latinNames).toContain('cgroup');
    expect(latin?.terms.map((term) => term.name.ko)).toEqual(latinNames);
  });

  it('lists A–Z on the English page', () => {
    const sections = letterSections(glossary, 'en');
    expect(sections.map((section) => section.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  });

  it.each(['ko', 'en'] as const)('files every term exactly once (%s)', (locale) => {
    const ids = letterSections(glossary, locale).flatMap((s) => s.terms.map((t) => t.id));
    expect(ids).toHaveLength(glossary.length);
    expect(new Set(ids).size).toBe(glossary.length);
  });

  it('files double consonants under their single letter and sorts by name', () => {
    const sections = letterSections(glossary, 'ko');
    const giyeok = sections.find((section) => section.letter === 'ㄱ');
    const names = giyeok?.terms.map((term) => term.name.ko) ?? [];
    expect(names).toContain('가상머신');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ko')));
  });

  it('gives every section an ASCII anchor that no term id uses', () => {
    const ids = new Set(glossary.map((term) => term.id));
    for (const locale of ['ko', 'en'] as const) {
      for (const section of letterSections(glossary, locale)) {
        expect(section.anchor).toMatch(/^letter-[a-z]+$/);
        expect(ids.has(section.anchor)).toBe(false);
      }
    }
    expect(letterSections(glossary, 'ko')[0]?.anchor).toBe('letter-giyeok');
    expect(letterSections(glossary, 'en')[0]?.anchor).toBe('letter-a');
  });

  it('keeps letters without terms, empty, so the index can show them as unavailable', () => {
    const sections = letterSections(glossary, 'en');
    expect(sections.find((section) => section.letter === 'Q')?.terms).toEqual([]);
  });
});
