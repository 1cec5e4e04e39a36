import lunr from 'lunr';
import { glossary } from '../../data/glossary';
import { createSearchExtension, termNames } from '../build';
import {
  formatKeywordGroups,
  markedTermIds,
  parseKeywordGroups,
  termsUsedOnPage,
} from '../keywords';
import { latinOptions } from '../lunrSetup';

const latin = latinOptions(lunr);
const terms = [
  { id: 'hypervisor', names: ['하이퍼바이저', 'hypervisor', 'VMM'] },
  { id: 'container', names: ['컨테이너', 'container'] },
  { id: 'kernel', names: ['커널', 'kernel'] },
  { id: 'image', names: ['이미지', 'image'] },
];
const used = (text: string, html = '') =>
  termsUsedOnPage({ text, html }, terms, latin).map((term) => term.id);

describe('keyword groups', () => {
  it('round-trip through the keywords text', () => {
    const groups = [
      ['하이퍼바이저', 'hypervisor', 'VMM'],
      ['컨테이너', 'container'],
    ];
    const text = formatKeywordGroups(groups);
    expect(text).toBe('하이퍼바이저 / hypervisor / VMM, 컨테이너 / container');
    expect(parseKeywordGroups(text)).toEqual(groups);
  });

  it('keep separators inside a name from splitting it, and drop duplicates', () => {
    expect(parseKeywordGroups(formatKeywordGroups([['a, b', 'c/d', 'c/d']]))).toEqual([
      ['a b', 'c d'],
    ]);
  });

  it('read author keywords without separators as one-name groups', () => {
    expect(parseKeywordGroups('docker, vm')).toEqual([['docker'], ['vm']]);
  });
});

describe('termsUsedOnPage', () => {
  it('finds names in either language, with particles or plurals', () => {
    expect(used('컨테이너를 실행하는 커널에서')).toEqual(['container', 'kernel']);
    expect(used('Containers share one kernel.')).toEqual(['container', 'kernel']);
  });

  it('finds a Korean name the text writes with spaces', () => {
    expect(used('하이퍼 바이저 형 가상화')).toEqual(['hypervisor']);
  });

  it('does not find a name that is only part of another word', () => {
    expect(used('imagination')).toEqual([]);
  });

  it('takes the terms the page marks with <Term>, whatever its text says', () => {
    expect(used('', '<a class="term" href="/glossary#kernel">the core</a>')).toEqual(['kernel']);
    expect(
      markedTermIds('<a href="/en/glossary#container-image">x</a> <abbr data-term-id="oci">'),
    ).toEqual(new Set(['container-image', 'oci']));
  });
});

describe('createSearchExtension', () => {
  const extension = createSearchExtension(process.cwd());

  it('reads every name of every term of the real glossary', () => {
    const names = termNames(glossary);
    expect(names).toHaveLength(glossary.length);
    const hypervisor = names.find((term) => term.id === 'hypervisor');
    expect(hypervisor?.names).toEqual(expect.arrayContaining(['하이퍼바이저', 'hypervisor']));
  });

  it('gives a page the names, in both languages, of the glossary terms it uses', () => {
    const keywords = extension.extraKeywords(
      {
        url: '/docs/x',
        html: '',
        page: {
          pageTitle: '가상화된 배포',
          sections: [{ title: '', content: '하이퍼바이저가 하드웨어를 나눈다.' }],
        },
      },
      lunr,
    );
    const groups = parseKeywordGroups(keywords);
    expect(groups).toContainEqual(expect.arrayContaining(['하이퍼바이저', 'hypervisor']));
  });

  it('points the worker at the query module and fingerprints the sources', () => {
    expect(extension.workerModule).toMatch(/src\/search\/search\.ts$/);
    expect(extension.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });
});
