import { describe, expect, it } from 'vitest';
import { MAX_KEPT_CELLS, cells, splitInlineCode } from '../tokens';

const join = (text: string): string =>
  splitInlineCode(text)
    .map((piece) => piece.text)
    .join('');

describe('splitInlineCode', () => {
  it('keeps each option of a command whole, and breaks only at its spaces', () => {
    expect(splitInlineCode('docker run --memory=512m --cpus=1.5')).toEqual([
      { text: 'docker run ', keep: false },
      { text: '--memory=512m', keep: true },
      { text: ' ', keep: false },
      { text: '--cpus=1.5', keep: true },
    ]);
    expect(splitInlineCode('/var/run/docker.sock')).toEqual([
      { text: '/var/run/docker.sock', keep: true },
    ]);
  });

  it('leaves code with nothing to break inside a word as one piece', () => {
    expect(splitInlineCode('uname -r')).toEqual([
      { text: 'uname ', keep: false },
      { text: '-r', keep: true },
    ]);
    expect(splitInlineCode('config.json')).toEqual([{ text: 'config.json', keep: false }]);
    expect(splitInlineCode('')).toEqual([]);
  });

  it('lets a word too wide for a phone’s line break where the browser can', () => {
    const url = 'https://kubernetes.io/ko/docs/concepts/overview/';
    expect(splitInlineCode(url)).toEqual([{ text: url, keep: false }]);
    // Hangul takes two cells: 가상화기술의-문제점.png is 14 characters, 23 cells; twice that is too wide.
    expect(cells('가상화기술의-문제점.png')).toBe(23);
    expect(splitInlineCode('가상화기술의-문제점.png')[0]?.keep).toBe(true);
    expect(splitInlineCode('가상화기술의-문제점-가상화기술의.png')[0]?.keep).toBe(false);
    expect(splitInlineCode('-'.repeat(MAX_KEPT_CELLS))[0]?.keep).toBe(true);
    expect(splitInlineCode('-'.repeat(MAX_KEPT_CELLS + 1))[0]?.keep).toBe(false);
  });

  it('gives back the text exactly, whitespace included', () => {
    for (const text of ['a  -b\t--c', ' --x ', 'docker run --memory=64m', '가 - 나']) {
      expect(join(text)).toBe(text);
    }
  });
});
