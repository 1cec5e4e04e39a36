import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, E2E_CHROMIUM_PATH } from './scripts/lib/chromium';
import { AXE_SCRIPT } from './e2e/axe-script';

// Browser tests run against the production build (`npm run build`) served by nginx with the
// real deploy/nginx config, in Debian's Chromium headless shell (Playwright cannot download
// browsers here; scripts/lib/chromium.ts says why the shell).
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${String(port)}`;
const chromium = { executablePath: E2E_CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry: on a loaded 2-core machine a search index can take longer to load than a step's
  // timeout. A test that passes only on its retry is listed as "flaky" in the report: fix it.
  retries: 1,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'ko-KR',
    // A trace records every action with DOM snapshots and a screencast: about a third of the
    // suite's CPU time when it runs for every test. A failing test is retried once, and the
    // retry records the trace to read.
    trace: 'on-first-retry',
    launchOptions: chromium,
  },
  projects: [
    // Tags in test titles: `@phone` runs in both projects, `@phone-only` in the phone project
    // only; untagged tests run on desktop only. The exhaustive page sweeps run once, on desktop.
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      grepInvert: /@phone-only/,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromium },
      grep: /@phone/,
    },
  ],
  webServer: {
    // The build, and axe-core's script at an address of its own (e2e/axe.ts says why).
    command: `npx tsx scripts/nginx.ts --port ${String(port)} --build ${process.env.E2E_BUILD_DIR ?? 'build'} --file ${AXE_SCRIPT.address}=${AXE_SCRIPT.file}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
