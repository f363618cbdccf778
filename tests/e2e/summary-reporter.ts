import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

// Prints the plain "N passed, N failed" closing line that CI reads, one count per test by its
// final outcome: a test that passed on its retry counts once, as passed, and is named as flaky.
export default class SummaryReporter implements Reporter {
  private readonly tests = new Set<TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.add(test);
  }

  onEnd(_result: FullResult): void {
    const outcomes = [...this.tests].map((test) => test.outcome());
    const count = (wanted: readonly string[]) =>
      outcomes.filter((outcome) => wanted.includes(outcome)).length;
    const flaky = [...this.tests].filter((test) => test.outcome() === 'flaky');
    for (const test of flaky) console.log(`e2e: flaky (passed on retry): ${test.title}`);
    console.log(
      `e2e: ${count(['expected', 'flaky'])} passed, ${count(['unexpected'])} failed, ${count(['skipped'])} skipped`,
    );
  }
}
