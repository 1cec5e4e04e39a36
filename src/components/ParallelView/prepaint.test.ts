// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEW_ATTRIBUTE, VIEW_STORAGE_KEY, VIEW_PARAM } from './view';

// The head script that applies the parallel view before the first paint must read the choice
// from the same places as the React side (view.ts).
const source = readFileSync(
  join(import.meta.dirname, '..', '..', 'plugins', 'bilingual', 'prepaint.js'),
  'utf8',
);

function runAt(url: string, stored: string | null): string | null {
  window.history.replaceState(null, '', url);
  if (stored === null) window.localStorage.removeItem(VIEW_STORAGE_KEY);
  else window.localStorage.setItem(VIEW_STORAGE_KEY, stored);
  document.documentElement.removeAttribute(VIEW_ATTRIBUTE);
  // Runs the shipped file as it is, as the browser would.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(source) as () => void;
  run();
  return document.documentElement.getAttribute(VIEW_ATTRIBUTE);
}

describe('the prepaint head script', () => {
  it('marks a doc page pending when the address or the stored choice asks for parallel', () => {
    expect(runAt(`/docs/vm-problems?${VIEW_PARAM}=parallel`, null)).toBe('pending');
    expect(runAt('/en/docs/', 'parallel')).toBe('pending');
  });

  it('lets the address win over the stored choice', () => {
    expect(runAt(`/docs/vm-problems?${VIEW_PARAM}=single`, 'parallel')).toBeNull();
    expect(runAt('/docs/vm-problems', 'single')).toBeNull();
  });

  it('leaves pages outside the docs alone', () => {
    expect(runAt('/glossary', 'parallel')).toBeNull();
    expect(runAt('/', 'parallel')).toBeNull();
  });
});
