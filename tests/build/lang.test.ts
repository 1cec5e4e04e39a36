import { describe, expect, it } from 'vitest';
import { htmlFiles, page } from './site';

// Each page declares the language of its locale: screen readers pick their voice from it.
describe('html lang', () => {
  it.each(htmlFiles)('%s', (file) => {
    const lang = page(file)('html').attr('lang');
    expect(lang).toBe(file.startsWith('en/') ? 'en-US' : 'ko-KR');
  });
});
