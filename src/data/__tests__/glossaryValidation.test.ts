import type { GlossaryTerm } from '../glossaryTypes';
import { validateGlossary } from '../validateGlossary';
import { validPair, validTerm } from './fixtures/glossaryFixtures';

/** The errors for `entries`, asserting there is at least one and each names the entry. */
function errorsFor(entries: readonly GlossaryTerm[]): string {
  const errors = validateGlossary(entries);
  expect(errors.length).toBeGreaterThan(0);
  return errors.join('\n');
}

describe('validateGlossary', () => {
  it('accepts valid records', () => {
    expect(validateGlossary(validPair())).toEqual([]);
  });

  it('rejects empty text', () => {
    const errors = errorsFor([validTerm('alpha-term', { long: { ko: '   ', en: 'Text.' } })]);
    expect(errors).toContain('"alpha-term": long.ko is empty — write the Korean text.');
  });

  it('rejects an empty alias', () => {
    const errors = errorsFor([validTerm('alpha-term', { aliases: { ko: [''], en: [] } })]);
    expect(errors).toContain('"alpha-term": aliases.ko[0] is empty');
  });

  it('rejects a duplicate id', () => {
    const errors = errorsFor([validTerm('alpha-term'), validTerm('alpha-term')]);
    expect(errors).toContain(
      'glossary[1] "alpha-term": duplicate id "alpha-term" (also glossary[0])',
    );
  });

  it('rejects an alias that another term already uses, ignoring case and spacing', () => {
    const errors = errorsFor([
      validTerm('alpha-term', { aliases: { ko: [], en: ['VM'] } }),
      validTerm('beta-term', { aliases: { ko: [], en: ['v m'] } }),
    ]);
    expect(errors).toContain(
      'glossary[1] "beta-term": aliases.en "v m" is the same search key as aliases.en "VM" of "alpha-term"',
    );
  });

  it('rejects an alias that is another term’s name', () => {
    const errors = errorsFor([
      validTerm('alpha-term', { name: { ko: '가상머신', en: 'virtual machine' } }),
      validTerm('beta-term', { aliases: { ko: ['가상 머신'], en: [] } }),
    ]);
    expect(errors).toContain(
      '"beta-term": aliases.ko "가상 머신" is the same search key as name.ko',
    );
  });

  it('rejects an alias that repeats the term’s own name or alias, ignoring case', () => {
    const errors = errorsFor([
      validTerm('alpha-term', {
        name: { ko: '가상머신', en: 'virtual machine' },
        aliases: { ko: ['가상머신'], en: ['VM', 'vm'] },
      }),
    ]);
    expect(errors).toContain(
      'aliases.ko "가상머신" is the same search key as name.ko "가상머신" of this entry',
    );
    expect(errors).toContain(
      'aliases.en "vm" is the same search key as aliases.en "VM" of this entry',
    );
  });

  it('keeps a spelling variant of the term’s own name that differs only in spacing', () => {
    // The site search splits 가상 머신 into two words, so the variant finds the term when typed.
    expect(
      validateGlossary([
        validTerm('alpha-term', {
          name: { ko: '가상머신', en: 'virtual machine' },
          aliases: { ko: ['가상 머신'], en: [] },
        }),
      ]),
    ).toEqual([]);
  });

  it('allows the same spelling as the name in both languages', () => {
    expect(validateGlossary([validTerm('alpha-term', { name: { ko: 'LXC', en: 'LXC' } })])).toEqual(
      [],
    );
  });

  it('rejects a see-also id that does not exist', () => {
    const errors = errorsFor([validTerm('alpha-term', { seeAlso: ['no-such-term'] })]);
    expect(errors).toContain('"alpha-term": seeAlso "no-such-term" is not a term id');
  });

  it('rejects a see-also that points at the term itself', () => {
    const errors = errorsFor([validTerm('alpha-term', { seeAlso: ['alpha-term'] })]);
    expect(errors).toContain('seeAlso lists the term itself');
  });

  it('rejects a term without tags', () => {
    expect(errorsFor([validTerm('alpha-term', { tags: [] })])).toContain('tags is empty');
  });

  it('rejects a reference that is not https', () => {
    const errors = errorsFor([validTerm('alpha-term', { reference: 'http://example.org/' })]);
    expect(errors).toContain('"alpha-term": reference "http://example.org/" is not https');
  });

  it('rejects a reference that is not a URL', () => {
    const errors = errorsFor([validTerm('alpha-term', { reference: 'example.org' })]);
    expect(errors).toContain('is not a URL');
  });

  it('rejects an id that is not kebab-case ASCII', () => {
    expect(errorsFor([validTerm('Virtual_Machine')])).toContain(
      'glossary[0] "Virtual_Machine": id must be kebab-case ASCII',
    );
    expect(errorsFor([validTerm('가상머신')])).toContain('id must be kebab-case ASCII');
  });

  it('rejects ids reserved for the letter index', () => {
    expect(errorsFor([validTerm('letter-a')])).toContain('must not start with "letter-"');
  });

  it('rejects Korean that is not 평어체, quoting the sentence', () => {
    const errors = errorsFor([
      validTerm('alpha-term', { long: { ko: '첫 문장이다. 컨테이너는 가볍습니다.', en: 'Text.' } }),
    ]);
    expect(errors).toContain('long.ko is not in 평어체: "컨테이너는 가볍습니다."');
    expect(
      errorsFor([validTerm('alpha-term', { long: { ko: '빨리 시작합니다(보통).', en: 'Text.' } })]),
    ).toContain('not in 평어체: "빨리 시작합니다(보통)."');
  });

  it('accepts 평어체 that closes with a parenthesis or with 아니다', () => {
    const long = {
      ko: '빨리 시작한다(보통 수 MB에서 수백 MB(GPU는 수 GB)). 모두 흉내 내는 것은 아니다.',
      en: 'It starts fast (typically).',
    };
    expect(validateGlossary([validTerm('alpha-term', { long })])).toEqual([]);
  });

  it('rejects a short definition of more than one sentence', () => {
    const errors = errorsFor([
      validTerm('alpha-term', { short: { ko: '짧은 정의다.', en: 'One. Two.' } }),
    ]);
    expect(errors).toContain('short.en must be one sentence');
  });

  it('rejects a tag listed twice', () => {
    expect(errorsFor([validTerm('alpha-term', { tags: ['os', 'os'] })])).toContain(
      'tags lists a tag twice',
    );
  });
});

/**
 * The shape of a record is the type's job: `npm run typecheck` fails if one of these stops being
 * a type error (each `@ts-expect-error` then has no error to expect).
 */
export const REJECTED_BY_THE_TYPE: GlossaryTerm[] = [
  // @ts-expect-error -- a missing field
  {
    id: 'a',
    name: { ko: '가', en: 'a' },
    aliases: { ko: [], en: [] },
    short: { ko: '가다.', en: 'A.' },
    tags: ['os'],
    seeAlso: [],
  },
  {
    ...validTerm('b'),
    // @ts-expect-error -- a missing language
    short: { ko: '짧다.' },
  },
  {
    ...validTerm('c'),
    // @ts-expect-error -- an unknown tag
    tags: ['networking'],
  },
  {
    ...validTerm('d'),
    // @ts-expect-error -- a misspelt field
    refrence: 'https://example.org/',
  },
];
