import { themes } from 'prism-react-renderer';
import {
  MIN_CONTRAST,
  accessibleTheme,
  contrastRatio,
  darkCodeTheme,
  lightCodeTheme,
  parseColor,
  readableOn,
} from '../codeThemes';

const ratio = (fg: string, bg: string): number => {
  const a = parseColor(fg);
  const b = parseColor(bg);
  if (a === undefined || b === undefined) throw new Error(`unparsed colour: ${fg} on ${bg}`);
  return contrastRatio(a, b);
};

describe('code block themes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(ratio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(ratio('rgb(255, 255, 255)', '#ffffff')).toBeCloseTo(1, 5);
    expect(ratio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(parseColor('hsl(0, 0%, 0%)')).toBeUndefined();
  });

  it('darkens on light backgrounds and lightens on dark ones, only when needed', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
    const teal = readableOn('#36acaa', '#f6f8fa');
    expect(ratio(teal, '#f6f8fa')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(ratio(teal, '#f6f8fa')).toBeLessThan(MIN_CONTRAST + 0.3);
    const comment = readableOn('rgb(98, 114, 164)', '#282A36');
    expect(ratio(comment, '#282A36')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(parseColor(comment)?.[2]).toBeGreaterThan(164);
  });

  it.each([
    ['light (GitHub)', lightCodeTheme],
    ['dark (Dracula)', darkCodeTheme],
  ])('gives every token of the %s theme at least 4.5:1', (_name, theme) => {
    const background = theme.plain.backgroundColor ?? '';
    for (const color of [theme.plain.color, ...theme.styles.map((s) => s.style.color)]) {
      if (color === undefined) continue;
      expect(ratio(color, background), color).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('was needed: the stock themes fail', () => {
    const worst = (theme: typeof themes.github): number =>
      Math.min(
        ...theme.styles
          .map((s) => s.style.color)
          .filter((c): c is string => c !== undefined)
          .map((c) => ratio(c, theme.plain.backgroundColor ?? '')),
      );
    expect(worst(themes.github)).toBeLessThan(MIN_CONTRAST);
    expect(worst(themes.dracula)).toBeLessThan(MIN_CONTRAST);
    expect(accessibleTheme(themes.github).styles).toHaveLength(themes.github.styles.length);
  });
});
