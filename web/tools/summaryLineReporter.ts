import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a test run with one plain line, "vitest: 55 passed, 0 failed"
 * (", 2 skipped" when some were), that CI logs can be read by, whatever the
 * runner. Used next to the default reporter (see vite.config.ts).
 */
export default class SummaryLineReporter implements Reporter {
  /** The word before the colon: "vitest" for the unit tests, "e2e" for the browser tests. */
  readonly label: string;

  constructor(label = 'vitest') {
    this.label = label;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else if (state === 'skipped') skipped++;
      }
      // A file that fails to load (syntax error, bad import) has no test but is a failure.
      const hasFailedTest = testModule.children.allTests('failed').next().done !== true;
      if (testModule.state() === 'failed' && !hasFailedTest) failed++;
    }
    console.log(`\n${this.label}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  }
}
