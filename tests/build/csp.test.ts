import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snippetScriptHashes } from '../../scripts/lib/csp';
import { ROOT, htmlFiles, page } from './site';

// nginx sends the policy in deploy/nginx/csp.conf (written by `npm run build` from build/). If it
// and the build drift apart, the browser blocks an inline script; if the blocked script is the
// paint-first loader, the page runs no JavaScript at all. CSP_FILE picks another snippet (with
// BUILD_DIR, for another build).
const CSP_FILE = resolve(ROOT, process.env.CSP_FILE ?? 'deploy/nginx/csp.conf');
const allowed = snippetScriptHashes(readFileSync(CSP_FILE, 'utf8'));

// Data blocks are the only inline scripts the CSP leaves alone. Chosen here independently of
// scripts/lib/csp.ts (which picks the scripts to hash), so that a script it overlooks fails.
const DATA_BLOCK_TYPES = new Set(['application/json', 'application/ld+json']);

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline scripts of one page, as the browser computes them. */
function pageHashes(file: string): string[] {
  const $ = page(file);
  return $('script:not([src])')
    .toArray()
    .filter((script) => !DATA_BLOCK_TYPES.has(($(script).attr('type') ?? '').toLowerCase()))
    .map((script) => sha256($(script).text()));
}

describe('the CSP (deploy/nginx/csp.conf) and the build', () => {
  it.each(htmlFiles)('%s: every inline script is allowed by its hash', (file) => {
    const missing = pageHashes(file).filter((hash) => !allowed.has(hash));
    expect(missing, `not in ${CSP_FILE}: run \`npm run build\``).toEqual([]);
  });

  it('lists no hash that no page uses (the snippet comes from this build)', () => {
    const used = new Set(htmlFiles.flatMap(pageHashes));
    expect([...allowed].filter((hash) => !used.has(hash))).toEqual([]);
  });

  it.each(htmlFiles)('%s: no inline event handler or javascript: URL (the CSP blocks them)', (file) => {
    const $ = page(file);
    const handlers = $('*')
      .toArray()
      .flatMap((element) => Object.keys($(element).attr() ?? {}).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    const urls = $('[href], [src], [action], [formaction]')
      .toArray()
      .flatMap((element) =>
        ['href', 'src', 'action', 'formaction'].map((name) => $(element).attr(name) ?? ''),
      )
      .filter((url) => /^\s*javascript:/i.test(url));
    expect(urls).toEqual([]);
  });
});
