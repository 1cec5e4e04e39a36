/**
 * The site's config as `npm run bench:search` builds it, with the given search theme. Only link
 * checking is relaxed, so that the bench can measure search while someone's half-written page
 * has a broken link; `npm run build` still checks links.
 */
import type { Config } from '@docusaurus/types';
import config from '../../docusaurus.config';

export function benchConfig(themes: Config['themes'] = config.themes): Config {
  return { ...config, themes, onBrokenLinks: 'warn', onBrokenAnchors: 'warn' };
}
