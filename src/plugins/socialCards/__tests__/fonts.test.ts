// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  fixBaselines,
  glyphYMin,
  NANUM_GOTHIC_BASELINE_FIXES,
  sfnt,
  woffTables,
} from '../baselineFix';
import { CardFonts, parseUnicodeRange, subsetsFor, subsetsOf } from '../fonts';
import { CARD_WEIGHTS, renderCard, type CardText } from '../render';

const files = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/nanum-gothic/package.json')),
  'files',
);
const latin = (weight: number): string =>
  join(files, `nanum-gothic-latin-${String(weight)}-normal.woff`);

/** The tables of a font file as satori receives it (WOFF, or TrueType after a fix). */
function tablesOf(font: Buffer, file: string): Map<string, Buffer> {
  if (font.toString('latin1', 0, 4) === 'wOFF') return woffTables(font, file).tables;
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const entry = 12 + i * 16;
    const offset = font.readUInt32BE(entry + 8);
    tables.set(
      font.toString('latin1', entry, entry + 4),
      font.subarray(offset, offset + font.readUInt32BE(entry + 12)),
    );
  }
  return tables;
}

describe('unicode ranges', () => {
  it('reads single code points and ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+ac00-d7a3', 'x')).toEqual([
      [0, 255],
      [305, 305],
      [0xac00, 0xd7a3],
    ]);
  });

  it('names the entry of a malformed range', () => {
    expect(() => subsetsOf({ '[3]': 'U+d679-d68b,d68e' }, 'unicode.json')).toThrow(
      'unicode.json "[3]": "d68e" is not a unicode range',
    );
  });
});

describe('the subsets a card loads', () => {
  const subsets = subsetsOf(
    { latin: 'U+0000-00FF', '[118]': 'U+ac00,U+c0ac', '[119]': 'U+41-5a,U+ac00,U+b2e4' },
    'test',
  );

  it('is the Latin subset, then one per other character, each once', () => {
    expect(subsetsFor('A 가다가 사', subsets, '/p').map((subset) => subset.name)).toEqual([
      'latin',
      '118',
      '119',
    ]);
  });

  it('fails, naming the page and the character, when no subset covers a character', () => {
    expect(() => subsetsFor('가나', subsets, '/docs/x (build/docs/x/index.html)')).toThrow(
      'the card of /docs/x (build/docs/x/index.html) has the character "나" (U+B098), which no subset',
    );
  });
});

describe('the baseline fix (google/fonts#9838)', () => {
  it.each(Object.keys(NANUM_GOTHIC_BASELINE_FIXES).map(Number))(
    'puts "i" of weight %i on the baseline of "l", like the rest of the font',
    (weight) => {
      const file = latin(weight);
      const shipped = woffTables(readFileSync(file), file).tables;
      const fixed = tablesOf(
        fixBaselines(readFileSync(file), NANUM_GOTHIC_BASELINE_FIXES[weight], file),
        file,
      );
      const stemBottom = (tables: Map<string, Buffer>, character: string): number =>
        glyphYMin(tables, character, file) ?? Number.NaN;
      // As shipped, "i" reaches about 45-50 units below the baseline "l" stands on.
      expect(stemBottom(shipped, 'l') - stemBottom(shipped, 'i')).toBeGreaterThan(40);
      expect(Math.abs(stemBottom(fixed, 'i') - stemBottom(fixed, 'l'))).toBeLessThanOrEqual(2);
      expect(stemBottom(fixed, 'l')).toBe(stemBottom(shipped, 'l'));
    },
  );

  it('fails when the font no longer has the glyph it corrects', () => {
    const file = latin(700);
    expect(() => fixBaselines(readFileSync(file), { raise: 51, glyphs: { i: -50 } }, file)).toThrow(
      '"i" has yMin -51, not -50',
    );
  });

  it('writes a font whose tables read back unchanged', () => {
    const file = latin(400);
    const { flavor, tables } = woffTables(readFileSync(file), file);
    const back = tablesOf(sfnt(flavor, tables), file);
    expect([...back.keys()].sort()).toEqual([...tables.keys()].sort());
    for (const [tag, data] of tables) expect(back.get(tag)?.equals(data), tag).toBe(true);
  });
});

describe('rendering', () => {
  const text: CardText = {
    title: '가상머신의 문제점',
    description: 'virtual machines',
    section: '가상머신과 컨테이너',
    language: '한국어',
    address: 'example.org/docs/vm-problems',
  };

  it('fails, naming the page and the character, rather than drawing a box for a missing glyph', async () => {
    // U+2042 lies in the Latin subset's unicode range, but the font has no glyph for it.
    const fonts = new CardFonts(CARD_WEIGHTS);
    const page = '/docs/vm-problems (build/docs/vm-problems/index.html)';
    await expect(
      renderCard(
        { ...text, title: 'a ⁂' },
        fonts.for('a ⁂ 가상머신의 문제점컨테이너한국어', page),
        page,
      ),
    ).rejects.toThrow(`the card of ${page} has "⁂" (U+2042), which its fonts have no glyph for`);
  });
});
