// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { BrowserContextProvider } from '@docusaurus/core/lib/client/browserContext';
import { KNOWLEDGE_CHECKS, correctChoiceIndex } from '@site/src/data/knowledgeChecks';
import { localizedQuestions } from '@site/src/remark/knowledgeChecks';
import { setTestLocale } from '@site/src/test/locale';
import { CHECKS_ANSWERED_EVENT, type ChecksAnsweredDetail } from '@site/src/utils/studyEvents';
import KnowledgeCheck from '.';

// The docs plugin's client hook, as a doc page provides it (its real module needs generated routes).
const doc = vi.hoisted(() => ({
  id: 'containers',
  toc: [] as { id: string; value: string; level: number }[],
}));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useDoc: () => ({
    metadata: {
      id: doc.id,
      source: `@site/docs/${doc.id}.mdx`,
      permalink: `/docs/${doc.id}`,
    },
    toc: doc.toc,
  }),
}));

const questions = KNOWLEDGE_CHECKS.containers ?? [];
const first = questions[0];
if (first === undefined)
  throw new Error('src/data/knowledgeChecks.ts: no questions for "containers"');
const rightIndex = correctChoiceIndex(first);
const wrongIndex = rightIndex === 0 ? 1 : 0;

/** The prop the remark plugin adds for the page and locale. */
const prop = (locale: 'ko' | 'en'): string => JSON.stringify(localizedQuestions(doc.id, locale));

function renderChecks(
  locale: 'ko' | 'en' = 'ko',
  questionsProp: string | undefined = prop(locale),
): void {
  render(
    <BrowserContextProvider>
      <MemoryRouter>
        <KnowledgeCheck questions={questionsProp} />
      </MemoryRouter>
    </BrowserContextProvider>,
  );
}

/** The questions' fieldsets (a `<details>` has the role group too). */
function fieldsets(): HTMLElement[] {
  return screen.getAllByRole('group').filter((element) => element.tagName === 'FIELDSET');
}

function firstFieldset(): HTMLElement {
  return fieldsets()[0] as HTMLElement;
}

beforeEach(() => {
  doc.id = 'containers';
  doc.toc = [
    { id: 'how-containers-work', value: '컨테이너를 가능하게 하는 것', level: 2 },
    { id: 'namespaces', value: '네임스페이스: 무엇이 보이는가', level: 3 },
  ];
  setTestLocale('ko');
});

describe('<KnowledgeCheck />', () => {
  it('renders each question as a fieldset with its legend, radio choices and a check button', () => {
    renderChecks();
    const groups = fieldsets();
    expect(groups).toHaveLength(questions.length);
    const group = within(firstFieldset());
    expect(screen.getByRole('group', { name: `1. ${first.legend.ko}` })).toBeDefined();
    expect(group.getAllByRole('radio')).toHaveLength(first.choices.length);
    expect(group.getByRole('button', { name: '답 확인' })).toBeEnabled();
  });

  it('says a right answer is right, explains it, links to its section and announces it', async () => {
    const user = userEvent.setup();
    renderChecks();
    const group = within(firstFieldset());
    const rightText = first.choices[rightIndex]?.text.ko ?? '';
    await user.click(group.getByRole('radio', { name: rightText }));
    const button = group.getByRole('button', { name: '답 확인' });
    await user.click(button);
    const status = group.getByRole('status');
    expect(status).toHaveTextContent('정답입니다.');
    expect(status).toHaveTextContent(first.explanation.ko.replaceAll('`', ''));
    const link = within(status).getByRole('link', { name: '컨테이너를 가능하게 하는 것' });
    expect(link).toHaveAttribute('href', `#${first.section}`);
    // The button keeps the focus; the live region speaks.
    expect(button).toHaveFocus();
  });

  it('says a wrong answer is wrong, and why, until another answer is chosen', async () => {
    const user = userEvent.setup();
    renderChecks();
    const group = within(firstFieldset());
    await user.click(group.getByRole('radio', { name: first.choices[wrongIndex]?.text.ko ?? '' }));
    await user.click(group.getByRole('button', { name: '답 확인' }));
    const status = group.getByRole('status');
    expect(status).toHaveTextContent('틀렸습니다.');
    expect(status).not.toHaveTextContent('정답입니다.');
    expect(status).toHaveTextContent(first.explanation.ko.replaceAll('`', ''));
    // The right answer chosen: the old verdict must not stand under it.
    await user.click(group.getByRole('radio', { name: first.choices[rightIndex]?.text.ko ?? '' }));
    expect(status).toBeEmptyDOMElement();
    await user.click(group.getByRole('button', { name: '답 확인' }));
    expect(status).toHaveTextContent('정답입니다.');
  });

  it('asks for a choice first, and works from the keyboard', async () => {
    const user = userEvent.setup();
    renderChecks();
    const group = within(firstFieldset());
    const button = group.getByRole('button', { name: '답 확인' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(group.getByRole('status')).toHaveTextContent('먼저 답을 하나 고르십시오.');
    // Focus the radio group, pick with the arrow keys, then check with Space on the button.
    group.getAllByRole('radio')[0]?.focus();
    for (let step = 0; step < rightIndex; step += 1) await user.keyboard('{ArrowDown}');
    expect(group.getAllByRole('radio')[rightIndex]).toBeChecked();
    button.focus();
    await user.keyboard(' ');
    expect(group.getByRole('status')).toHaveTextContent('정답입니다.');
  });

  it('announces that the page is answered once every question has been checked', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    const listener = (event: Event): void => {
      seen.push((event as CustomEvent<ChecksAnsweredDetail>).detail.permalink);
    };
    document.addEventListener(CHECKS_ANSWERED_EVENT, listener);
    try {
      renderChecks();
      const groups = fieldsets();
      for (const [index, groupElement] of groups.entries()) {
        expect(seen).toEqual([]);
        const group = within(groupElement);
        // A wrong answer counts as checked too.
        await user.click(group.getAllByRole('radio')[index === 0 ? wrongIndex : 0] as HTMLElement);
        await user.click(group.getByRole('button', { name: '답 확인' }));
      }
      expect(seen).toEqual(['/docs/containers']);
      // Checking again does not announce twice.
      await user.click(within(groups[0] as HTMLElement).getByRole('button', { name: '답 확인' }));
      expect(seen).toEqual(['/docs/containers']);
    } finally {
      document.removeEventListener(CHECKS_ANSWERED_EVENT, listener);
    }
  });

  it('shows English text on English pages', async () => {
    setTestLocale('en');
    const user = userEvent.setup();
    renderChecks('en');
    const group = within(firstFieldset());
    expect(
      screen.getByRole('group', { name: `1. ${first.legend.en.replaceAll('`', '')}` }),
    ).toBeDefined();
    await user.click(group.getByRole('radio', { name: first.choices[rightIndex]?.text.en ?? '' }));
    await user.click(group.getByRole('button', { name: 'Check answer' }));
    expect(group.getByRole('status')).toHaveTextContent('Correct.');
  });

  it('without JavaScript: questions in the server HTML, a disabled button and a <details> answer', () => {
    const html = renderToString(
      <MemoryRouter>
        <KnowledgeCheck questions={prop('ko')} />
      </MemoryRouter>,
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    const fieldsets = container.querySelectorAll('fieldset');
    expect(fieldsets).toHaveLength(questions.length);
    const fieldset = fieldsets[0] as HTMLElement;
    expect(fieldset.querySelector('legend')?.textContent).toContain(first.legend.ko);
    expect(fieldset.querySelectorAll('input[type="radio"]')).toHaveLength(first.choices.length);
    expect(fieldset.querySelector('button')).toBeDisabled();
    const details = fieldset.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('정답과 풀이 보기');
    expect(details?.textContent).toContain(`정답: ${first.choices[rightIndex]?.text.ko ?? ''}`);
    expect(details?.querySelector(`a[href="#${first.section}"]`)).not.toBeNull();
    // The live region is there, empty, before anything is checked.
    expect(fieldset.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('names its radio groups per locale, page and question (the parallel view copies the other locale)', () => {
    renderChecks();
    const radios = screen.getAllByRole('radio');
    expect(radios[0]).toHaveAttribute('name', `knowledge-check-ko-containers-${first.id}`);
  });

  it('fails with the file and the doc id without questions (the remark plugin did not run)', () => {
    doc.id = 'index';
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => {
      renderChecks('ko', undefined);
    }).toThrow(
      /@site\/docs\/index\.mdx: <KnowledgeCheck \/> has no questions for the doc id "index"/,
    );
  });
});
