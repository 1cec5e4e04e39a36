import { localeLinkProblems, switcherLinks } from '../lib/localeLinks';

const page = (ko: string, en: string): string =>
  `<nav><a href=# class=navbar__link>한국어</a><ul>` +
  `<li><a href=${ko} target=_self rel="noopener noreferrer" class="dropdown__link dropdown__link--active" lang=ko-KR>한국어</a>` +
  `<li><a href=${en} target=_self rel="noopener noreferrer" class=dropdown__link lang=en-US>English</a></ul></nav>`;

describe('language switcher check', () => {
  it('reads the switcher links of a minified page', () => {
    expect(switcherLinks(page('/', '/en/'))).toEqual(
      new Map([
        ['ko-KR', '/'],
        ['en-US', '/en/'],
      ]),
    );
  });

  it('accepts switchers that lead to each locale', () => {
    const homes = [
      { lang: 'ko-KR', baseUrl: '/', html: page('/', '/en/') },
      { lang: 'en-US', baseUrl: '/en/', html: page('/', '/en/') },
    ];
    expect(localeLinkProblems(homes)).toEqual([]);
  });

  it('names the page and the link that a stale cache broke', () => {
    const homes = [
      { lang: 'ko-KR', baseUrl: '/', html: page('/', '/') },
      { lang: 'en-US', baseUrl: '/en/', html: '<p>no switcher</p>' },
    ];
    expect(localeLinkProblems(homes)).toEqual([
      '/: the link to en-US goes to /, not /en/',
      '/en/: the language switcher has no link to ko-KR',
      '/en/: the language switcher has no link to en-US',
    ]);
  });
});
