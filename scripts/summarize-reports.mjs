// Adds up the test counts of every runner from their JSON reports and prints, as the last line,
// `N passed, N failed`. CI reads that line (it does not know Vitest's or Playwright's own
// summaries). Exits 1 if anything failed.
//
// Usage: node scripts/summarize-reports.mjs --vitest-exit=N --playwright-exit=N
//          [--failed-step=NAME ...]   (each failed non-test step counts as 1 failed)
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const failedSteps = args.filter((a) => a.startsWith('--failed-step=')).map((a) => a.slice(14));

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Vitest's JSON reporter uses Jest's shape. A file that fails to load has no failed test. */
function countVitest(report) {
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const anyTestFailed = (file.assertionResults ?? []).some((t) => t.status === 'failed');
    if (file.status === 'failed' && !anyTestFailed) failed += 1;
  }
  return { passed: report.numPassedTests ?? 0, failed };
}

/** Playwright: `expected` passed, `flaky` passed on retry, `unexpected` failed. */
function countPlaywright(report) {
  const { expected = 0, flaky = 0, unexpected = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0) };
}

const runners = [
  { name: 'vitest', path: '.reports/vitest.json', count: countVitest, exit: option('vitest-exit') },
  {
    name: 'playwright',
    path: '.reports/playwright.json',
    count: countPlaywright,
    exit: option('playwright-exit'),
  },
];

let passed = 0;
let failed = 0;
for (const runner of runners) {
  const report = readReport(runner.path);
  const counts = report ? runner.count(report) : { passed: 0, failed: 0 };
  // A runner that exited non-zero without reporting a failure (no report, a config error,
  // an unhandled error) still failed.
  const crashed = runner.exit !== undefined && runner.exit !== '0' && counts.failed === 0;
  if (crashed) counts.failed = 1;
  const note = report ? (crashed ? ` (exit ${runner.exit})` : '') : ' (no report)';
  console.log(`${runner.name}: ${counts.passed} passed, ${counts.failed} failed${note}`);
  passed += counts.passed;
  failed += counts.failed;
}
for (const step of failedSteps) console.log(`${step}: failed`);
failed += failedSteps.length;

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
