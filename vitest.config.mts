import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const clientExports = here('node_modules/@docusaurus/core/lib/client/exports');
const generated = here('src/test/generated');

// Docusaurus ships its client modules as `.js` files that contain JSX; compile them as JSX.
const docusaurusClientJsx: Plugin = {
  name: 'docusaurus-client-jsx',
  enforce: 'pre',
  async transform(code, id) {
    if (!/node_modules\/@docusaurus\/.*\/lib\/.*\.js$/.test(id)) return null;
    const result = await transformWithOxc(code, `${id}x`, { jsx: { runtime: 'automatic' } });
    return { code: result.code, map: result.map };
  },
};

export default defineConfig({
  plugins: [docusaurusClientJsx],
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: [
      { find: /^@site\/(.*)$/, replacement: `${here('.')}/$1` },
      // The real Docusaurus client modules (Translate, Link, ...), fed by test stand-ins for the
      // modules Docusaurus generates at build time.
      {
        find: /^@docusaurus\/(Translate|Interpolate|Link|useDocusaurusContext|useBaseUrl|useIsBrowser|useIsomorphicLayoutEffect|BrowserOnly|ExecutionEnvironment|isInternalUrl|useBrokenLinks|useGlobalData|router|Head)$/,
        replacement: `${clientExports}/$1.js`,
      },
      // Wrapping swizzles import the theme's own component as @theme-original/...
      {
        find: /^@theme-original\/(.*)$/,
        replacement: `${here('node_modules/@docusaurus/theme-classic/lib/theme')}/$1`,
      },
      {
        find: '@theme/CodeBlock/Line/Token',
        replacement: here('node_modules/@docusaurus/theme-classic/lib/theme/CodeBlock/Line/Token'),
      },
      // The real Heading reads navbar settings the test site config leaves out.
      { find: '@theme/Heading', replacement: here('src/test/theme/Heading.tsx') },
      { find: '@generated/codeTranslations', replacement: `${generated}/codeTranslations.ts` },
      { find: '@generated/docusaurus.config', replacement: `${generated}/docusaurus.config.ts` },
      { find: '@generated/i18n', replacement: `${generated}/i18n.ts` },
      {
        find: /^@generated\/(globalData|site-metadata|routes|routesChunkNames|registry|client-modules|site-storage)$/,
        replacement: `${generated}/empty.ts`,
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['src/test/setup.ts'],
          css: { modules: { classNameStrategy: 'non-scoped' } },
          server: { deps: { inline: [/@docusaurus/] } },
        },
      },
      {
        // Checks over the production build (`npm run build` first; BUILD_DIR picks another
        // build folder): server HTML parsed with cheerio, no browser.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // `npm test` runs these beside the browser tests: parsing a page may wait for a core.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
