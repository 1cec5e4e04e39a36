/**
 * The fonts of the social cards: Nanum Gothic (OFL) from the npm package
 * @fontsource/nanum-gothic, so that the build needs nothing from the operating system. The
 * package cuts the font into unicode-range subsets (WOFF files, which satori reads; the ranges
 * are listed in its `unicode.json`): a card loads the Latin subset, which carries the card's
 * metrics, and the subsets of the other characters of its text, in every weight the card uses
 * (loading all 92 subsets × 2 weights for every card made the first card take 7.7 s instead of
 * 1.9 s). A character that no subset covers is a build error naming the page and the character;
 * so is one a subset claims but has no glyph for (render.ts). The few glyphs Google's build of
 * the font leaves below the baseline are moved back onto it (./baselineFix.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font, FontWeight } from 'satori';
import { fixBaselines, NANUM_GOTHIC_BASELINE_FIXES } from './baselineFix';

const PACKAGE = '@fontsource/nanum-gothic';

/** The package's folder (resolved when fonts are needed, not when the config imports this). */
function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

/** The family name the card's style asks for; it is the Latin subset's name. */
export const CARD_FONT_FAMILY = 'Card';
/** The subset every card loads first: Latin letters, digits, punctuation. */
const BASE_SUBSET = 'latin';

/** The font package's version: part of a cached card's key, so a new font draws every card. */
export function fontVersion(): string {
  const manifest = readFileSync(join(packageDir(), 'package.json'), 'utf8');
  return `${PACKAGE}@${(JSON.parse(manifest) as { version: string }).version}`;
}

export interface Subset {
  /** The subset's name in the package: `latin`, or a number for a slice of Hangul. */
  readonly name: string;
  /** Inclusive code point ranges. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** `U+0000-00FF,U+0131` → `[[0, 255], [305, 305]]`. */
export function parseUnicodeRange(range: string, where: string): [number, number][] {
  return range.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match?.[1]) throw new Error(`${where}: "${part}" is not a unicode range like U+ac00-d7a3`);
    const first = parseInt(match[1], 16);
    return [first, match[2] ? parseInt(match[2], 16) : first];
  });
}

/** The subsets of `unicode.json` (`{"[0]": "U+f9ca-fa0b,...", "latin": "U+0000-00FF,..."}`). */
export function subsetsOf(unicodeJson: Record<string, string>, where: string): Subset[] {
  return Object.entries(unicodeJson).map(([key, range]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseUnicodeRange(range, `${where} "${key}"`),
  }));
}

function covers(subset: Subset, codePoint: number): boolean {
  return subset.ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** `가` → `"가" (U+AC00)`; a character of several code points lists them all. */
export function describeCharacter(character: string): string {
  const codePoints = Array.from(
    character,
    (unit) => `U+${(unit.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `"${character}" (${codePoints.join(' ')})`;
}

/** The characters (grapheme clusters) of `text`, each once. */
export function charactersOf(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...new Set(Array.from(segmenter.segment(text), ({ segment }) => segment))];
}

/**
 * The subsets that draw `text`: the base subset first, then the subset of each other character
 * in the order they appear. Throws, naming `page` and the character, when no subset covers one.
 */
export function subsetsFor(text: string, subsets: readonly Subset[], page: string): Subset[] {
  const base = subsets.find((subset) => subset.name === BASE_SUBSET);
  if (!base) throw new Error(`social cards: ${PACKAGE} has no "${BASE_SUBSET}" subset`);
  const chosen = [base];
  for (const character of new Set(text)) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (/\s/.test(character) || chosen.some((subset) => covers(subset, codePoint))) continue;
    const subset = subsets.find((candidate) => covers(candidate, codePoint));
    if (!subset) {
      throw new Error(
        `social cards: the card of ${page} has the character ${describeCharacter(character)}, ` +
          `which no subset of Nanum Gothic (${PACKAGE}) covers. Change the page's title or ` +
          'description, or give the cards a font that has it (src/plugins/socialCards/fonts.ts).',
      );
    }
    chosen.push(subset);
  }
  return chosen;
}

/**
 * Loads the fonts a card needs from the package, reading each file once per build (satori also
 * parses each buffer once, so later cards reuse the parsed fonts).
 */
export class CardFonts {
  private readonly subsets: readonly Subset[];
  private readonly files = new Map<string, Buffer>();
  private readonly dir = packageDir();

  constructor(private readonly weights: readonly FontWeight[]) {
    const path = join(this.dir, 'unicode.json');
    this.subsets = subsetsOf(
      JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>,
      path,
    );
  }

  /** The fonts for a card showing `text`; `page` names the card in errors. */
  for(text: string, page: string): Font[] {
    return subsetsFor(text, this.subsets, page).flatMap((subset) =>
      this.weights.map((weight) => ({
        name: subset.name === BASE_SUBSET ? CARD_FONT_FAMILY : `${CARD_FONT_FAMILY} ${subset.name}`,
        data: this.file(subset.name, weight),
        weight,
        style: 'normal' as const,
      })),
    );
  }

  /** A subset in one weight, with the baseline fix of ./baselineFix.ts applied. */
  private file(subset: string, weight: FontWeight): Buffer {
    const path = join(this.dir, 'files', `nanum-gothic-${subset}-${String(weight)}-normal.woff`);
    let data = this.files.get(path);
    if (!data) {
      let woff: Buffer;
      try {
        woff = readFileSync(path);
      } catch (error) {
        throw new Error(`social cards: cannot read the font ${path} (${PACKAGE})`, {
          cause: error,
        });
      }
      data = fixBaselines(woff, NANUM_GOTHIC_BASELINE_FIXES[weight], path);
      this.files.set(path, data);
    }
    return data;
  }
}
