/**
 * Draws one social card (the og:image a wiki or chat shows when a link is pasted): satori lays
 * out the text with the given fonts and turns it into SVG paths, resvg rasterises that to PNG.
 * Nothing is fetched: the fonts come from an npm package (./fonts.ts).
 */
import { createElement as h, type ReactNode } from 'react';
import satori, { type Font, type FontWeight } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from '../../utils/socialCard';
import { CARD_FONT_FAMILY, charactersOf, describeCharacter } from './fonts';

export interface CardText {
  /** The page's own title, in its language. */
  readonly title: string;
  /** The page's summary, in its language (front matter `description`). */
  readonly description: string;
  /** Where the page belongs: the site and the edition or part of the site. */
  readonly section: string;
  /** The page's language, shown as a badge ("한국어", "English"). */
  readonly language: string;
  /** The page's canonical address without the scheme, printed at the bottom. */
  readonly address: string;
}

/** The font weights the card uses: body text and title. */
export const CARD_WEIGHTS: readonly FontWeight[] = [400, 700];

/** Every character the card draws, for choosing its fonts. */
export function cardCharacters(text: CardText): string {
  return [text.section, text.language, text.title, text.description, text.address].join('\n');
}

const COLORS = {
  background: '#0f2a47',
  accent: '#7db8f5',
  muted: '#b8d4f2',
  text: '#ffffff',
  body: '#dbe7f5',
};

/** Long titles get a smaller size so that three lines always hold them. */
function titleSize(title: string): number {
  if (title.length <= 18) return 76;
  if (title.length <= 32) return 64;
  return 54;
}

export function cardTree(text: CardText): ReactNode {
  // Satori sizes boxes without box-sizing: border-box, so the margins sit on an inner box
  // that fills the card, rather than padding on a card of fixed size.
  return h(
    'div',
    {
      style: {
        width: SOCIAL_CARD_WIDTH,
        height: SOCIAL_CARD_HEIGHT,
        display: 'flex',
        backgroundColor: COLORS.background,
        borderTop: `14px solid ${COLORS.accent}`,
        fontFamily: CARD_FONT_FAMILY,
        color: COLORS.text,
      },
    },
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          margin: '48px 72px 44px',
        },
      },
      h(
        'div',
        { style: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' } },
        h('div', { style: { display: 'flex', fontSize: 30, color: COLORS.muted } }, text.section),
        h(
          'div',
          {
            style: {
              display: 'flex',
              flexShrink: 0,
              marginLeft: 24,
              fontSize: 24,
              color: COLORS.accent,
              border: `2px solid ${COLORS.accent}`,
              borderRadius: 8,
              padding: '4px 14px',
            },
          },
          text.language,
        ),
      ),
      h(
        'div',
        {
          style: {
            display: 'block',
            marginTop: 40,
            fontSize: titleSize(text.title),
            fontWeight: 700,
            lineHeight: 1.22,
            wordBreak: 'keep-all',
            lineClamp: 3,
          },
        },
        text.title,
      ),
      h(
        'div',
        {
          style: {
            display: 'block',
            marginTop: 26,
            fontSize: 30,
            lineHeight: 1.45,
            color: COLORS.body,
            wordBreak: 'keep-all',
            lineClamp: 2,
          },
        },
        text.description,
      ),
      h(
        'div',
        { style: { display: 'flex', marginTop: 'auto', fontSize: 26, color: COLORS.muted } },
        text.address,
      ),
    ),
  );
}

/**
 * The card as a PNG of SOCIAL_CARD_WIDTH × SOCIAL_CARD_HEIGHT pixels. `page` names the card in
 * errors: a character none of `fonts` has a glyph for fails the render rather than showing as an
 * empty box (satori asks `loadAdditionalAsset` for every such character).
 */
export async function renderCard(text: CardText, fonts: Font[], page: string): Promise<Buffer> {
  const svg = await satori(cardTree(text), {
    width: SOCIAL_CARD_WIDTH,
    height: SOCIAL_CARD_HEIGHT,
    fonts,
    loadAdditionalAsset: (_language, segment) =>
      Promise.reject(
        new Error(
          `social cards: the card of ${page} has ${charactersOf(segment).map(describeCharacter).join(', ')}, ` +
            'which its fonts have no glyph for. Change the text or the fonts ' +
            '(src/plugins/socialCards/fonts.ts).',
        ),
      ),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_CARD_WIDTH } }).render().asPng();
}
