import { readdirSync, readFileSync } from 'node:fs';
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

// The unit and component tests. Those that declare a DOM (`// @vitest-environment jsdom` in the
// file) run isolated, file by file; the rest share their workers' module graph, which costs a
// third of the time (46 files: 34.6 s → 14.4 s here, with the same results). The file itself
// says which it is: there is no list to keep.
const UNIT_TESTS = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];
const DOM_TESTS = ['src', 'scripts']
  .flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`),
  )
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes('node_modules'))
  .filter((file) => /@vitest-environment\s+jsdom\b/.test(readFileSync(file, 'utf8')))
  .sort();
const unitTest = {
  globals: true,
  setupFiles: ['src/test/setup.ts'],
  css: { modules: { classNameStrategy: 'non-scoped' as const } },
  server: { deps: { inline: [/@docusaurus/] } },
  // `npm test` runs these beside the build and the browser tests on two cores, where a test that
  // takes 1.8 s alone (the glossary's) takes three times as long: the limit catches a hang, not
  // a busy machine.
  testTimeout: 20_000,
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
      // The site's own swizzle, as Docusaurus resolves @theme/CodeInline.
      { find: '@theme/CodeInline', replacement: here('src/theme/CodeInline/index.tsx') },
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
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          // Tests in Node: one module graph per worker (`isolate: false`), not one per file. A
          // file here that mocks a module or changes a global undoes it (afterEach/afterAll).
          name: 'unit',
          ...unitTest,
          include: UNIT_TESTS,
          exclude: DOM_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Tests that declare `// @vitest-environment jsdom`: each file in its own jsdom and
          // module graph (they mock Docusaurus's context per file).
          name: 'unit-dom',
          ...unitTest,
          include: DOM_TESTS.length > 0 ? DOM_TESTS : ['no-dom-tests'],
        },
      },
      {
        // Checks over the production build (`npm run build` first; BUILD_DIR picks another
        // build folder): server HTML parsed with cheerio, no browser.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // One module graph per worker, so the pages tests/build/site.ts parses once serve every
          // file (isolated, each file parsed all of them again: 19.5 → 8.8 CPU-s). As in the
          // unit project, a file that mocks a module or changes a global undoes it.
          isolate: false,
          // `npm test` runs these beside the browser tests: parsing a page may wait for a core.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
