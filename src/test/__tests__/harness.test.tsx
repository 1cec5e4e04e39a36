// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { MemoryRouter } from 'react-router-dom';
import { setTestLocale } from '../locale';

function Sample() {
  return (
    <MemoryRouter>
      <Link to="/docs/">
        <Translate id="home.hero.start">개정판으로 공부 시작하기</Translate>
      </Link>
    </MemoryRouter>
  );
}

describe('the component test harness', () => {
  afterEach(() => {
    setTestLocale('ko');
  });

  it('renders the Korean source message by default', () => {
    setTestLocale('ko');
    render(<Sample />);
    expect(screen.getByRole('link', { name: '개정판으로 공부 시작하기' })).toHaveAttribute(
      'href',
      '/docs/',
    );
  });

  it('renders the English message from i18n/en/code.json', () => {
    setTestLocale('en');
    render(<Sample />);
    expect(screen.getByRole('link', { name: 'Start with the revised edition' })).toBeVisible();
  });
});
