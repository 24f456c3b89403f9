import { defineConfig } from 'vitest/config';
import SummaryLineReporter from './tools/summaryLineReporter.ts';

// End-to-end tests: Debian's Chromium driven by playwright-core against a running API (OBSERVATOIRES_E2E_URL),
// started on a fresh test database by ./observatoires test and ./observatoires e2e. One file per observatory
// (e2e/<slug>.e2e.ts) and e2e/platform.e2e.ts, sharing e2e/support.ts; one file after another, each file's tests in
// order (they share a page). One Chromium for the whole run (e2e/browserServer.ts), each file in contexts of its own.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/browserServer.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['default', new SummaryLineReporter('e2e')],
  },
});
