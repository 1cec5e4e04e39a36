import { REFERENCES, referencesFor, type Reference } from '../references';
import { noteReferences, readNote } from './note';

const HANGUL = /[\u3130-\u318f\uac00-\ud7af]/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function referenceProblems(reference: Reference): string[] {
  const problems: string[] = [];
  if (!KEBAB.test(reference.id)) problems.push(`id "${reference.id}" must be kebab-case ASCII`);
  for (const field of ['title', 'site'] as const) {
    if (reference[field].trim() === '') problems.push(`${field} is empty`);
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(reference.url);
  } catch {
    problems.push(`url "${reference.url}" is not an absolute URL`);
  }
  if (parsed) {
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      problems.push(`url "${reference.url}" must be http(s)`);
    }
    if (parsed.href !== reference.url) {
      problems.push(`url "${reference.url}" is not in canonical form; write "${parsed.href}"`);
    }
  }
  if (!['ko', 'en'].includes(reference.lang)) problems.push(`lang must be 'ko' or 'en'`);
  if (!HANGUL.test(reference.description.ko)) {
    problems.push('description.ko must be written in Korean');
  }
  if (reference.description.en.trim() === '' || HANGUL.test(reference.description.en)) {
    problems.push('description.en must be written in English');
  }
  if (reference.editions.length === 0) problems.push('editions is empty: list it in "revised"');
  return problems;
}

describe('the references', () => {
  it.each(REFERENCES.map((reference) => ({ id: reference.id, reference })))(
    '"$id" is complete and its URL absolute and well-formed',
    ({ reference }) => {
      expect(referenceProblems(reference)).toEqual([]);
    },
  );

  it.each(['id', 'url'] as const)('never list the same %s twice', (field) => {
    const values = REFERENCES.map((reference) => reference[field].toLowerCase());
    expect(values.filter((value, index) => values.indexOf(value) !== index)).toEqual([]);
  });

  it("use https for every reference added after the note's own four", () => {
    const added = REFERENCES.filter((reference) => !reference.editions.includes('original'));
    expect(added.filter((reference) => !reference.url.startsWith('https://'))).toEqual([]);
  });
});

describe('the original edition list', () => {
  const note = noteReferences(readNote());

  it("is the note's four references: titles and URLs word for word, in order", () => {
    expect(note).toHaveLength(4);
    expect(referencesFor('original').map(({ title, url }) => ({ title, url }))).toEqual(
      note.map(({ title, url }) => ({ title, url })),
    );
  });

  it('lists them first, in place, in the revised edition too', () => {
    const revised = referencesFor('revised').slice(0, note.length);
    expect(revised).toEqual(referencesFor('original'));
  });
});
