/**
 * Code block colours that meet WCAG 2.2 AA (contrast of at least 4.5:1 against the block's
 * background). The Prism themes shipped with prism-react-renderer do not: GitHub's teal
 * variables (2.6:1) and Dracula's comments (3.0:1), for instance. `accessibleTheme` keeps each
 * token's hue and moves it toward black (light backgrounds) or white (dark ones) just enough.
 */
import { themes, type PrismTheme } from 'prism-react-renderer';

export const MIN_CONTRAST = 4.5;

type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, a)` as 0-255 channels; else undefined. */
export function parseColor(color: string): Rgb | undefined {
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color.trim());
  if (rgb !== null) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** The WCAG contrast ratio of two colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `color`, mixed toward black or white (whichever the background is not) until readable. */
export function readableOn(color: string, background: string, min = MIN_CONTRAST): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (fg === undefined || bg === undefined || contrastRatio(fg, bg) >= min) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step += 1) {
    const t = step / 100;
    const mixed = fg.map((c, i) => c + ((target[i] ?? 0) - c) * t) as unknown as Rgb;
    if (contrastRatio(mixed, bg) >= min) return toHex(mixed);
  }
  return toHex(target);
}

/** `theme` with every token colour readable on its background. */
export function accessibleTheme(theme: PrismTheme, min = MIN_CONTRAST): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const fix = (color: string | undefined): string | undefined =>
    color === undefined ? undefined : readableOn(color, background, min);
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((style) => ({
      ...style,
      style: { ...style.style, color: fix(style.style.color) },
    })),
  };
}

export const lightCodeTheme = accessibleTheme(themes.github);
export const darkCodeTheme = accessibleTheme(themes.dracula);
