// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusSearchTarget, highlightedWords } from '../arrival';

describe('highlightedWords', () => {
  it('reads the words the patched search bar keeps in the history state', () => {
    expect(highlightedWords({ _highlight: ['커널', 'kernel'] })).toEqual(['커널', 'kernel']);
    expect(highlightedWords({ _highlight: ['커널', 3] })).toEqual(['커널']);
  });

  it('finds none in any other state', () => {
    expect(highlightedWords(undefined)).toEqual([]);
    expect(highlightedWords(null)).toEqual([]);
    expect(highlightedWords('커널')).toEqual([]);
    expect(highlightedWords({ _highlight: '커널' })).toEqual([]);
    expect(highlightedWords({ other: ['커널'] })).toEqual([]);
  });
});

describe('focusSearchTarget', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <main><article>
        <h1>컨테이너</h1>
        <h2 id="cgroup-제한">cgroup 제한</h2>
        <article id="docker" tabindex="-1"><h3>도커</h3></article>
      </article></main>`;
  });

  it('focuses the heading the anchor names, making it focusable', () => {
    const target = focusSearchTarget(document, '#cgroup-%EC%A0%9C%ED%95%9C');
    expect(target?.tagName).toBe('H2');
    expect(document.activeElement).toBe(target);
    expect(target?.getAttribute('tabindex')).toBe('-1');
  });

  it('focuses a glossary entry, keeping its own tabindex', () => {
    const target = focusSearchTarget(document, '#docker');
    expect(document.activeElement).toBe(target);
    expect(target?.id).toBe('docker');
  });

  it('focuses the page title when there is no anchor or it names nothing', () => {
    expect(focusSearchTarget(document, '')?.tagName).toBe('H1');
    expect(focusSearchTarget(document, '#nowhere')?.tagName).toBe('H1');
    expect(focusSearchTarget(document, '#%E0%A4%A')?.tagName).toBe('H1');
  });

  it('returns null on a page without a title', () => {
    document.body.innerHTML = '<p>nothing</p>';
    expect(focusSearchTarget(document, '#x')).toBeNull();
  });
});
