import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/theme/DocSidebar/Mobile is theme-classic's component, ejected with one change (its comment
// says which and why). These tests fail when an upgrade changes either the component it copies
// or the reason for the copy.

const require = createRequire(import.meta.url);
const themeClassic = dirname(require.resolve('@docusaurus/theme-classic'));
const themeCommon = dirname(require.resolve('@docusaurus/theme-common'));

/** theme-classic 3.10.2's lib/theme/DocSidebar/Mobile/index.js, which the ejected file copies. */
const UPSTREAM_SHA256 = 'aac2e5836058716a5289f9e126f030b88222d3d4ec21f734c14cba1522eb22d7';

describe('the ejected DocSidebar/Mobile', () => {
  it('copies the installed theme-classic component', () => {
    const file = join(themeClassic, 'theme', 'DocSidebar', 'Mobile', 'index.js');
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(
      hash,
      `${file} changed: port the change to src/theme/DocSidebar/Mobile/index.tsx (keep its one ` +
        'difference), then set UPSTREAM_SHA256 in this test to the new hash',
    ).toBe(UPSTREAM_SHA256);
  });

  it('is still needed: the menu filler still sorts its props with localeCompare', () => {
    const reactUtils = readFileSync(join(themeCommon, 'utils', 'reactUtils.js'), 'utf8');
    const body = /export function useShallowMemoObject\([^)]*\) \{[\s\S]*?\n\}/.exec(reactUtils);
    expect(
      body,
      'useShallowMemoObject is no longer in theme-common/lib/utils/reactUtils.js',
    ).not.toBeNull();
    expect(
      body?.[0],
      'useShallowMemoObject no longer calls localeCompare: delete src/theme/DocSidebar/Mobile ' +
        '(the theme’s component costs no collator any more)',
    ).toContain('localeCompare');
    const filler = readFileSync(
      join(themeCommon, 'contexts', 'navbarSecondaryMenu', 'content.js'),
      'utf8',
    );
    expect(filler).toContain('useShallowMemoObject(props)');
  });
});
