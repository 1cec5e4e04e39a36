import { getGlossaryTerm } from '../../../data/glossary';
import { shortLinkPage } from '../page';
import { glossaryLocale } from '..';

const hypervisor = getGlossaryTerm('hypervisor');
if (hypervisor === undefined) throw new Error('the glossary has no hypervisor');
const site = { siteUrl: 'https://vm-vs-container.github.io', siteTitle: '가상머신과 컨테이너' };

describe('shortLinkPage', () => {
  it('redirects without a script to the term in the glossary of its locale', () => {
    const ko = shortLinkPage(hypervisor, {
      ...site,
      baseUrl: '/',
      locale: 'ko',
      htmlLang: 'ko-KR',
    });
    expect(ko).toContain('<meta http-equiv="refresh" content="0; url=/glossary#hypervisor">');
    expect(ko).toContain(
      '<link rel="canonical" href="https://vm-vs-container.github.io/glossary#hypervisor">',
    );
    expect(ko).not.toMatch(/<script/);
    const en = shortLinkPage(hypervisor, {
      ...site,
      siteTitle: 'VMs and Containers',
      baseUrl: '/en/',
      locale: 'en',
      htmlLang: 'en-US',
    });
    expect(en).toContain('url=/en/glossary#hypervisor');
    expect(en).toContain('<html lang="en-US">');
  });

  it('unfurls like the term: its names, its one-sentence definition and the glossary card', () => {
    const ko = shortLinkPage(hypervisor, {
      ...site,
      baseUrl: '/',
      locale: 'ko',
      htmlLang: 'ko-KR',
    });
    expect(ko).toContain(
      `<meta property="og:title" content="${hypervisor.name.ko} (${hypervisor.name.en}) | 가상머신과 컨테이너">`,
    );
    expect(ko).toContain(
      `<meta property="og:description" content="${hypervisor.short.ko.replace(/"/g, '&quot;')}">`,
    );
    expect(ko).toContain(
      '<meta property="og:image" content="https://vm-vs-container.github.io/img/cards/glossary.png">',
    );
  });

  it('escapes what it writes into the HTML', () => {
    const tricky = { ...hypervisor, id: 'x', short: { ko: '"<b>&', en: '"<b>&' } };
    const html = shortLinkPage(tricky, { ...site, baseUrl: '/', locale: 'ko', htmlLang: 'ko-KR' });
    expect(html).toContain('content="&quot;&lt;b&gt;&amp;"');
    expect(html).not.toContain('"<b>&');
  });
});

describe('glossaryLocale', () => {
  it('is the site locale when the glossary has text in it', () => {
    expect(glossaryLocale('ko')).toBe('ko');
    expect(glossaryLocale('en')).toBe('en');
  });

  it('fails the build on a locale the glossary has no text for, instead of writing Korean', () => {
    expect(() => glossaryLocale('ja')).toThrow(
      /\[short-links\] the glossary has no text in locale "ja".*GLOSSARY_LOCALES/,
    );
  });
});
