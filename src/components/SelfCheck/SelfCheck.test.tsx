// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import codeTranslations from '@generated/codeTranslations';
import { noteQuizQuestion, readNote } from '@site/src/data/__tests__/note';
import { setTestLocale } from '@site/src/test/locale';
import SelfCheck, { type SelfCheckEdition } from '.';

/** The revised edition's answer is the page's MDX, given as children; this one stands in. */
const ANSWER = 'All containers share the one host kernel.';

function renderCheck(edition: SelfCheckEdition) {
  return render(
    <MemoryRouter>
      {edition === 'revised' ? (
        <SelfCheck edition="revised">
          <p>{ANSWER}</p>
        </SelfCheck>
      ) : (
        <SelfCheck edition="original" />
      )}
    </MemoryRouter>,
  );
}

afterEach(() => {
  setTestLocale('ko');
});

describe('SelfCheck', () => {
  const question = noteQuizQuestion(readNote());

  it("asks the note's question word for word, with or without i18n/ko/code.json", () => {
    for (const key of Object.keys(codeTranslations)) Reflect.deleteProperty(codeTranslations, key);
    const { unmount } = renderCheck('original');
    expect(screen.getByText(question)).toBeVisible();
    unmount();
    setTestLocale('ko');
    renderCheck('original');
    expect(screen.getByText(question)).toBeVisible();
  });

  it('asks it in English on English pages', () => {
    setTestLocale('en');
    renderCheck('original');
    expect(
      screen.getByText('How do containers make a multi-OS environment possible?'),
    ).toBeVisible();
  });

  it('reveals the model answer on demand, from the keyboard too, and says whether it is open', async () => {
    const user = userEvent.setup();
    setTestLocale('en');
    renderCheck('revised');
    const button = screen.getByRole('button', { name: 'Model answer' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeVisible();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent(ANSWER);
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it('labels the disclosure in Korean on Korean pages', async () => {
    const user = userEvent.setup();
    renderCheck('revised');
    await user.click(screen.getByRole('button', { name: '모범 답안' }));
    expect(screen.getByText(ANSWER)).toBeVisible();
  });

  it('sets the question in italics as the note does in the original edition only', () => {
    const { unmount } = renderCheck('original');
    expect(screen.getByText(question).closest('p')).toHaveClass('noteQuestion');
    unmount();
    renderCheck('revised');
    const revised = screen.getByText(question).closest('p');
    expect(revised).toHaveClass('question');
    expect(revised).not.toHaveClass('noteQuestion');
  });

  it('in the original edition, invents no answer and points to the revised one', async () => {
    const user = userEvent.setup();
    setTestLocale('en');
    renderCheck('original');
    await user.click(screen.getByRole('button', { name: 'Where is the answer?' }));
    expect(screen.queryByText(/host kernel/)).toBeNull();
    expect(
      screen.getByRole('link', { name: 'the model answer in the revised edition' }),
    ).toHaveAttribute('href', '/docs/self-check');
  });
});
