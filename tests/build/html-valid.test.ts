/**
 * Every built page is valid HTML: html-validate with a configuration that follows conformance as
 * the W3C Nu HTML checker reads it (./htmlValidate.ts; scripts/__tests__/htmlValidate.test.ts
 * shows what it catches). A failure lists `file:line:col rule message`; in the minified build
 * most of a page is on one line, so the column finds the element.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readBuilt } from './site';
import { validateHtml } from './htmlValidate';

describe('valid HTML', () => {
  it('checks every page of the build', () => {
    expect(htmlFiles.length).toBeGreaterThan(0);
  });

  it.each(htmlFiles)('%s', async (file) => {
    const errors = await validateHtml(readBuilt(file), file);
    expect(errors.join('\n')).toBe('');
  });
});
