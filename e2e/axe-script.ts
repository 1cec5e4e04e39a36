/**
 * axe-core's script, served by the test server beside the build: playwright.config.ts passes it
 * to scripts/nginx.ts as `--file`, and e2e/axe.ts has each checked page load it. A module of its
 * own so that the config reads two strings without loading axe-core into the runner.
 */
export const AXE_SCRIPT = {
  address: '/__e2e/axe.min.js',
  // Repository-relative (scripts/nginx.ts resolves it from the repository root), so the server
  // command has no absolute path in it.
  file: 'node_modules/axe-core/axe.min.js',
} as const;
