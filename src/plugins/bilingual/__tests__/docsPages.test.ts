import { docsPages } from '../docsPages';

const SITE = '/site';

function content(locale: string, sources: [string, string][]): unknown {
  return {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [
          {
            contentPath: `${SITE}/docs`,
            contentPathLocalized: `${SITE}/i18n/${locale}/docusaurus-plugin-content-docs/current`,
            docs: sources.map(([source, permalink]) => ({ source, permalink })),
          },
        ],
      },
    },
  };
}

describe('docsPages', () => {
  it('pairs each Korean page with its English file, keyed by the path both locales share', () => {
    const ko = content('ko', [
      ['@site/docs/index.mdx', '/docs/'],
      ['@site/docs/vm-problems.mdx', '/docs/vm-problems'],
    ]);
    expect(docsPages(ko, SITE, 'ko', '/')).toEqual([
      {
        key: 'docs/',
        koFile: 'docs/index.mdx',
        enFile: 'i18n/en/docusaurus-plugin-content-docs/current/index.mdx',
      },
      {
        key: 'docs/vm-problems',
        koFile: 'docs/vm-problems.mdx',
        enFile: 'i18n/en/docusaurus-plugin-content-docs/current/vm-problems.mdx',
      },
    ]);
  });

  it('gives the English build the same pairs, whether a page is translated or falls back', () => {
    const en = content('en', [
      [
        '@site/i18n/en/docusaurus-plugin-content-docs/current/vm-problems.mdx',
        '/en/docs/vm-problems',
      ],
      ['@site/docs/untranslated.mdx', '/en/docs/untranslated'],
    ]);
    expect(docsPages(en, SITE, 'en', '/en/').map((p) => [p.key, p.koFile, p.enFile])).toEqual([
      [
        'docs/vm-problems',
        'docs/vm-problems.mdx',
        'i18n/en/docusaurus-plugin-content-docs/current/vm-problems.mdx',
      ],
      [
        'docs/untranslated',
        'docs/untranslated.mdx',
        'i18n/en/docusaurus-plugin-content-docs/current/untranslated.mdx',
      ],
    ]);
  });

  it('names a doc it cannot place', () => {
    const odd = content('ko', [['@site/elsewhere/x.mdx', '/docs/x']]);
    expect(() => docsPages(odd, SITE, 'ko', '/')).toThrow(
      /@site\/elsewhere\/x\.mdx is in neither docs/,
    );
  });
});
