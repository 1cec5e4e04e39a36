import type { Page } from '@playwright/test';
import {
  KNOWLEDGE_CHECKS,
  correctChoiceIndex,
  type KnowledgeCheckQuestion,
} from '../src/data/knowledgeChecks';
import { MAIN_SCRIPT, expect, holdRequests, openBeforeHydration, test } from './fixtures';
import { axe } from './axe';

// The knowledge checks at the end of each revised page (src/components/KnowledgeCheck): right
// and wrong answers on a Korean and an English page, the live region and the focus, the event
// reading progress listens to, the page without JavaScript, and axe in both themes.

type Locale = 'ko' | 'en';

const TEXT = {
  ko: { check: '답 확인', right: '정답입니다.', wrong: '틀렸습니다.', reveal: '정답과 풀이 보기' },
  en: {
    check: 'Check answer',
    right: 'Correct.',
    wrong: 'Incorrect.',
    reveal: 'Show the answer and why',
  },
} as const;

/** Text as the page shows it: `backticks` become <code>, which the accessible name flattens. */
const plain = (text: string): string => text.replaceAll('`', '');

function questionsOf(docId: string): readonly KnowledgeCheckQuestion[] {
  const questions = KNOWLEDGE_CHECKS[docId];
  if (questions === undefined) throw new Error(`src/data/knowledgeChecks.ts: no "${docId}"`);
  return questions;
}

function fieldset(page: Page, question: KnowledgeCheckQuestion, index: number, locale: Locale) {
  return page.getByRole('group', {
    name: `${String(index + 1)}. ${plain(question.legend[locale])}`,
  });
}

async function answerRightAndWrong(page: Page, docId: string, locale: Locale): Promise<void> {
  const [question] = questionsOf(docId);
  if (question === undefined) throw new Error(`no question on ${docId}`);
  const right = correctChoiceIndex(question);
  const wrong = right === 0 ? 1 : 0;
  const group = fieldset(page, question, 0, locale);
  await group.scrollIntoViewIfNeeded();
  const button = group.getByRole('button', { name: TEXT[locale].check });
  const status = group.getByRole('status');
  await expect(status).toBeEmpty();

  await group
    .getByRole('radio', { name: plain(question.choices[wrong]?.text[locale] ?? '') })
    .check();
  await button.click();
  await expect(status).toContainText(TEXT[locale].wrong);
  await expect(status).toContainText(plain(question.explanation[locale]));
  // The focus stays on the button; the live region (role=status) announces the result.
  await expect(button).toBeFocused();
  await expect(status).toHaveAttribute('role', 'status');

  // From the keyboard: arrow keys move through the radio group, Enter on the button checks.
  await group.getByRole('radio').nth(wrong).focus();
  for (let step = 0; step < Math.abs(right - wrong); step += 1) {
    await page.keyboard.press(right > wrong ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(group.getByRole('radio').nth(right)).toBeChecked();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText(TEXT[locale].right);
  await expect(status).not.toContainText(TEXT[locale].wrong);
  await expect(button).toBeFocused();

  // The feedback links to the section that explains the answer, and the link lands there.
  const link = status.getByRole('link');
  await expect(link).toHaveAttribute('href', `#${question.section}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${question.section}$`));
  await expect(page.locator(`#${question.section}`)).toBeInViewport();
}

test('Korean page: a wrong and a right answer, with feedback, focus and the section link @phone', async ({
  page,
}) => {
  await page.goto('/docs/containers');
  await answerRightAndWrong(page, 'containers', 'ko');
});

test('English page: a wrong and a right answer, with feedback, focus and the section link', async ({
  page,
}) => {
  await page.goto('/en/docs/vm-problems');
  await answerRightAndWrong(page, 'vm-problems', 'en');
});

test('answering every question on a page tells reading progress, once', async ({ page }) => {
  await page.goto('/docs/comparison');
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { checksAnswered: seen });
    document.addEventListener('vmc:checks-answered', (event) => {
      seen.push((event as CustomEvent<{ permalink: string }>).detail.permalink);
    });
  });
  const seen = (): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { checksAnswered: string[] }).checksAnswered);
  const questions = questionsOf('comparison');
  for (const [index, question] of questions.entries()) {
    expect(await seen()).toEqual([]);
    const group = fieldset(page, question, index, 'ko');
    await group.getByRole('radio').first().check();
    await group.getByRole('button', { name: TEXT.ko.check }).click();
    await expect(group.getByRole('status')).not.toBeEmpty();
  }
  expect(await seen()).toEqual(['/docs/comparison']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions show and each answer can be revealed', async ({ page }) => {
    await page.goto('/en/docs/self-check');
    const questions = questionsOf('self-check');
    await expect(page.locator('fieldset')).toHaveCount(questions.length);
    const [question] = questions;
    if (question === undefined) throw new Error('no question on self-check');
    const group = fieldset(page, question, 0, 'en');
    await expect(group.getByRole('radio')).toHaveCount(question.choices.length);
    await expect(group.getByRole('button', { name: TEXT.en.check })).toBeDisabled();
    const answer = plain(question.choices[correctChoiceIndex(question)]?.text.en ?? '');
    const details = group.locator('details');
    await expect(details.getByText(`Answer: ${answer}`)).toBeHidden();
    await details.getByText(TEXT.en.reveal).click();
    await expect(details.getByText(`Answer: ${answer}`)).toBeVisible();
    await expect(details.getByRole('link')).toHaveAttribute('href', `#${question.section}`);
  });
});

test('a page with checks, answered and revealed, passes axe in light and dark themes', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/docs/container-drawbacks');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const questions = questionsOf('container-drawbacks');
    const [first, second] = questions;
    if (first === undefined || second === undefined) throw new Error('two questions expected');
    const right = fieldset(page, first, 0, 'ko');
    await right.getByRole('radio').nth(correctChoiceIndex(first)).check();
    await right.getByRole('button', { name: TEXT.ko.check }).click();
    const wrong = fieldset(page, second, 1, 'ko');
    await wrong
      .getByRole('radio')
      .nth(correctChoiceIndex(second) === 0 ? 1 : 0)
      .check();
    await wrong.getByRole('button', { name: TEXT.ko.check }).click();
    await expect(wrong.getByRole('status')).toContainText(TEXT.ko.wrong);
    await wrong.locator('details > summary').click();
    // The checks themselves, feedback and open answer included (the whole page is pages.spec.ts's).
    const results = await axe(page).include('[data-knowledge-check]').analyze();
    expect(
      results.violations.map(
        (v) =>
          `${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  }
});

// The end of hydration enables the check buttons and re-renders nothing else: the answers
// (radio buttons) are not rendered again. A re-rendered radio button has all its attributes set
// again (React does so for inputs), in the commit after hydration, a long task on phones
// (src/components/KnowledgeCheck, CheckButton). Hydration itself sets them once.
test('hydration writes the attributes of each answer once, and never again @phone', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const writes = new Map<Element, number>();
    (window as { testWrites?: Map<Element, number> }).testWrites = writes;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          const element = record.target as Element;
          if (element.matches('[data-question] input') && record.attributeName === 'name') {
            writes.set(element, (writes.get(element) ?? 0) + 1);
          }
        }
      }).observe(document.body, { attributes: true, subtree: true });
    });
  });
  await page.goto('/docs/containers');
  await expect(page.getByRole('button', { name: TEXT.ko.check }).first()).toBeEnabled();
  await page.waitForTimeout(1000);
  const writes = await page.evaluate(() => [
    ...((window as { testWrites?: Map<Element, number> }).testWrites?.values() ?? []),
  ]);
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.filter((count) => count > 1)).toEqual([]);
});

// The answers work without a script: one chosen before the page has hydrated (a tap on a slow
// phone) is still checked afterwards, and the check button judges it, not "no answer".
test('an answer chosen before the page hydrated is the one checked @phone', async ({
  page,
  context,
}) => {
  const scripts = await holdRequests(context, MAIN_SCRIPT);
  await openBeforeHydration(page, '/docs/containers');
  const [question] = questionsOf('containers');
  if (question === undefined) throw new Error('no question on containers');
  const group = fieldset(page, question, 0, 'ko');
  const right = group.getByRole('radio').nth(correctChoiceIndex(question));
  await right.check();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(0);
  scripts.release();
  const button = group.getByRole('button', { name: TEXT.ko.check });
  await expect(button).toBeEnabled();
  await expect(right).toBeChecked();
  await button.click();
  await expect(group.getByRole('status')).toContainText(TEXT.ko.right);
});
