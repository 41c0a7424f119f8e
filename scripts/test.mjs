// npm test: typecheck, lint, the security lint, unit tests, then the Playwright suites; ends with "N passed, N failed".
// typecheck, lint and the security lint count as one check each; the test runners report their own counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const reports = join(root, 'test-results', 'summary');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const tally = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) tally.passed += 1;
  else tally.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

check('typecheck', npx, ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck (renderer)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
check('typecheck (end-to-end specs)', npx, ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit']);
check('lint', npx, ['eslint', '--max-warnings', '0', '.']);
// The code as Prettier writes it (.prettierrc.json): npm run format fixes it.
check('format (prettier)', npx, ['prettier', '--check', '--log-level', 'warn', '**/*.{ts,tsx,mjs,js,css,html}']);
// Electron security lint; fails on a finding without an inline reason, and gives up after 2 minutes.
check('security lint (electronegativity)', process.execPath, ['scripts/electronegativity.mjs']);

const vitestReport = join(reports, 'vitest.json');
const unitOk = run('unit tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const unit = readJson(vitestReport);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  if (!unitOk && unit.numFailedTests === 0) tally.failed += 1; // a suite that failed to load counts as a failure
} else {
  tally.failed += 1;
}

const e2eReport = join(reports, 'playwright.json');
// Built once before the suites: Playwright starts its two previews (the bundled report and a second one) at once,
// and each would otherwise build a stale dist/ at the same time.
run('build for the end-to-end tests', process.execPath, ['scripts/build.mjs']);
const e2eOk = run('end-to-end tests (Playwright: chromium against the preview, and electron)', npx, ['playwright', 'test']);
const e2e = readJson(e2eReport);
if (e2e) {
  tally.passed += e2e.stats.expected + e2e.stats.flaky;
  tally.failed += e2e.stats.unexpected;
  tally.skipped += e2e.stats.skipped;
  const reasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) for (const a of t.annotations) if (a.type === 'skip' && a.description) reasons.add(`[${t.projectName}] ${a.description}`);
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of e2e.suites ?? []) visit(suite);
  for (const reason of reasons) console.log(`skipped: ${reason}`);
  if (!e2eOk && e2e.stats.unexpected === 0) tally.failed += 1; // e.g. the preview server did not start
} else {
  tally.failed += 1;
}

const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(tally.failed === 0 ? 0 : 1);
