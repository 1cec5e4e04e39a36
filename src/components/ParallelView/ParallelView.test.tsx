// @vitest-environment jsdom
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import Heading from '@theme/Heading';
import { BrowserContextProvider } from '@docusaurus/core/lib/client/browserContext';
import { setTestLocale } from '@site/src/test/locale';
import { updateRecord } from '@site/src/plugins/bilingual/freshness';
import { pageData, pageReport } from '@site/src/plugins/bilingual/report';
import { BilingualContext, type Bilingual } from './context';
import BilingualMdx from './BilingualMdx';
import SectionSlot from './SectionSlot';
import { INTRO, type OtherSection } from './otherSections';

const KO = [
  '---',
  'title: 가상머신의 문제점',
  '---',
  '',
  '# 가상머신의 문제점',
  '',
  '## VM은 이제 쓸모없을까? {/* #vms-still-matter */}',
  '',
  '그렇지 않다.',
  '',
].join('\n');
const EN = [
  '---',
  'title: The problems with virtual machines',
  '---',
  '',
  '# The problems with virtual machines',
  '',
  '## Are VMs obsolete, then? {/* #vms-still-matter */}',
  '',
  'No.',
  '',
].join('\n');

function bilingual(overrides: Partial<Bilingual>): Bilingual {
  return {
    locale: 'ko',
    otherLocale: 'en',
    otherLang: 'en-US',
    otherLabel: 'English',
    otherPath: '/en/docs/vm-problems',
    translated: true,
    stale: new Set(),
    sectionIds: new Set(['vms-still-matter']),
    view: 'single',
    setView: () => undefined,
    status: 'idle',
    sections: null,
    load: () => undefined,
    ...overrides,
  };
}

/** Renders as in the browser after hydration (the section controls need a script). */
function renderWith(value: Bilingual, ui: ReactNode): void {
  render(
    <BrowserContextProvider>
      <MemoryRouter
        initialEntries={[value.locale === 'en' ? '/en/docs/vm-problems' : '/docs/vm-problems']}
      >
        <BilingualContext.Provider value={value}>{ui}</BilingualContext.Provider>
      </MemoryRouter>
    </BrowserContextProvider>,
  );
}

describe('the outdated-translation notice', () => {
  afterEach(() => {
    setTestLocale('ko');
  });

  /** Writes the two files, reads them as the build plugin does, returns the English page data. */
  function build(ko: string, en: string): { stale: readonly string[]; en: string } {
    const root = mkdtempSync(join(tmpdir(), 'freshness-'));
    writeFileSync(join(root, 'ko.mdx'), ko);
    writeFileSync(join(root, 'en.mdx'), en);
    return { stale: pageData(pageReport(root, 'ko.mdx', 'en.mdx')).stale, en };
  }

  function noticeFor(stale: readonly string[]): HTMLElement | null {
    cleanup();
    setTestLocale('en');
    renderWith(
      bilingual({ locale: 'en', otherPath: '/docs/vm-problems', stale: new Set(stale) }),
      <SectionSlot sectionId="vms-still-matter" ownPath="/en/docs/vm-problems" />,
    );
    return screen.queryByRole('note');
  }

  it('appears when a Korean section changes and goes when the translation records it', () => {
    const recorded = updateRecord(KO, EN, 'en.mdx');
    expect(noticeFor(build(KO, recorded).stale)).toBeNull();

    const changedKo = KO.replace(
      '그렇지 않다.',
      '그렇지 않다. 지금도 클라우드 서버는 대개 VM이다.',
    );
    const notice = noticeFor(build(changedKo, recorded).stale);
    expect(notice).toHaveTextContent(
      'The Korean original of this section changed since it was translated. Read the Korean original',
    );
    expect(within(notice as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/docs/vm-problems#vms-still-matter',
    );

    const caughtUp = updateRecord(changedKo, recorded, 'en.mdx', ['vms-still-matter']);
    expect(noticeFor(build(changedKo, caughtUp).stale)).toBeNull();
  });

  it('is not shown on the Korean page itself, only with its English text', async () => {
    const user = userEvent.setup();
    const sections = new Map<string, OtherSection>([
      [
        'vms-still-matter',
        { id: 'vms-still-matter', heading: 'Are VMs obsolete, then?', html: '<p>No.</p>' },
      ],
    ]);
    renderWith(
      bilingual({ stale: new Set(['vms-still-matter']), status: 'ready', sections }),
      <SectionSlot
        sectionId="vms-still-matter"
        ownPath="/docs/vm-problems"
        sectionName="VM은 이제 쓸모없을까?"
      />,
    );
    expect(screen.queryByRole('note')).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'English: ‘VM은 이제 쓸모없을까?’ 절을 영어로 보기' }),
    );
    const region = screen.getByRole('region', { name: 'English' });
    expect(within(region).getByRole('note')).toHaveTextContent(
      '이 절의 영어 번역은 한국어 원문이 바뀐 뒤로 아직 고쳐지지 않았습니다.',
    );
    expect(within(region).getByText('No.').closest('[lang]')).toHaveAttribute('lang', 'en-US');
  });
});

describe('the section toggle', () => {
  it('loads the other language on first use and reveals the section in place', async () => {
    const user = userEvent.setup();
    const load = vi.fn();
    renderWith(
      bilingual({ load }),
      <SectionSlot
        sectionId="vms-still-matter"
        ownPath="/docs/x"
        sectionName="VM은 이제 쓸모없을까?"
      />,
    );
    const button = screen.getByRole('button', {
      name: 'English: ‘VM은 이제 쓸모없을까?’ 절을 영어로 보기',
    });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { hidden: true })).not.toBeVisible();
    await user.click(button);
    expect(load).toHaveBeenCalledOnce();
    // The name stays; the state is the button's expanded state.
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'English' })).toBeVisible();
  });

  it('is compact: the other language’s name in that language, the section in its accessible name', () => {
    renderWith(
      bilingual({}),
      <SectionSlot
        sectionId="vms-still-matter"
        ownPath="/docs/x"
        sectionName="VM은 이제 쓸모없을까?"
      />,
    );
    const button = screen.getByRole('button');
    expect(button).toHaveTextContent(/^English$/);
    expect(button.querySelector('[lang]')).toHaveAttribute('lang', 'en-US');
  });

  it('on English pages, names the section too, for that page’s readers', () => {
    setTestLocale('en');
    renderWith(
      bilingual({ locale: 'en', otherLang: 'ko-KR', otherLabel: '한국어' }),
      <SectionSlot
        sectionId="vms-still-matter"
        ownPath="/en/docs/x"
        sectionName="Are VMs obsolete, then?"
      />,
    );
    const button = screen.getByRole('button', {
      name: '한국어: read the section ‘Are VMs obsolete, then?’ in Korean',
    });
    expect(button).toHaveTextContent(/^한국어$/);
    expect(button.querySelector('[lang]')).toHaveAttribute('lang', 'ko-KR');
    setTestLocale('ko');
  });

  it('is absent from a page that has no translation', () => {
    renderWith(bilingual({ translated: false }), <SectionSlot sectionId="a" ownPath="/docs/x" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

/** Stands for a compiled MDX document: MDX hands its wrapper one element that renders these. */
function Content(): ReactNode {
  return (
    <>
      <header>
        <Heading as="h1">가상머신의 문제점</Heading>
      </header>
      <p>첫 문단.</p>
      <Heading as="h2" id="vms-still-matter">
        VM은 이제 쓸모없을까?
      </Heading>
      <p>그렇지 않다.</p>
    </>
  );
}

describe('BilingualMdx', () => {
  it('adds a strip under the title and under each section heading, and nothing else', () => {
    renderWith(
      bilingual({}),
      <BilingualMdx>
        <Content />
      </BilingualMdx>,
    );
    const strips = document.querySelectorAll('[data-bilingual-slot]');
    expect(strips).toHaveLength(2);
    // Each strip's control is named for its section: the title for the text under it.
    expect(
      screen.getAllByRole('button').map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'English: ‘가상머신의 문제점’ 절을 영어로 보기',
      'English: ‘VM은 이제 쓸모없을까?’ 절을 영어로 보기',
    ]);
    expect(strips[0]?.previousElementSibling?.tagName).toBe('HEADER');
    expect(strips[1]?.previousElementSibling?.id).toBe('vms-still-matter');
    expect(document.querySelector('[data-bilingual-parallel]')).toBeNull();
  });

  it('lays the sections out as rows, this language beside the other, in the parallel view', () => {
    const sections = new Map<string, OtherSection>([
      [INTRO, { id: INTRO, heading: 'The problems with virtual machines', html: '<p>First.</p>' }],
      [
        'vms-still-matter',
        { id: 'vms-still-matter', heading: 'Are VMs obsolete?', html: '<p>No.</p>' },
      ],
    ]);
    renderWith(
      bilingual({ view: 'parallel', status: 'ready', sections }),
      <BilingualMdx>
        <Content />
      </BilingualMdx>,
    );
    const rows = Array.from(
      document.querySelectorAll('[data-bilingual-parallel] > [data-section]'),
    );
    expect(rows.map((row) => row.getAttribute('data-section'))).toEqual([
      INTRO,
      'vms-still-matter',
    ]);
    const [own, other] = Array.from(rows[1]?.children ?? []);
    expect(own?.querySelector('h2')?.id).toBe('vms-still-matter');
    expect(other?.querySelector('[lang="en-US"]')).toHaveTextContent('Are VMs obsolete?No.');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  it('leaves a page without a translation, or outside the docs, as it is', () => {
    renderWith(
      bilingual({ translated: false }),
      <BilingualMdx>
        <Content />
      </BilingualMdx>,
    );
    expect(document.querySelector('[data-bilingual-slot]')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('id', 'vms-still-matter');
  });
});
