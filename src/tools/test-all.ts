/**
 * Runs every test in order — unit, build, HTML validation, browser — stops at the first
 * failure, and closes with one line of totals that CI reads: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const report = join(root, 'tests/.report');
rmSync(report, { recursive: true, force: true });
mkdirSync(report, { recursive: true });

const steps: [string, string][] = [
  ['browser', 'node src/tools/ensure-browser.ts'],
  ['unit', 'npm run test:unit -- --reporter=default --reporter=json --outputFile.json=tests/.report/vitest.json'],
  ['build', 'npm run build'],
  ['html', 'npm run test:html'],
  ['e2e', 'npm run test:e2e'],
];

let failedStep: string | undefined;
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: process.env });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

function readJson(file: string): any {
  const path = join(report, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const vitest = readJson('vitest.json');
const playwright = readJson('playwright.json');
const unitPassed = vitest?.numPassedTests ?? 0;
const unitFailed = vitest?.numFailedTests ?? 0;
const e2ePassed = playwright?.stats?.expected ?? 0;
const e2eFailed = (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const stepFailed = failedStep && unitFailed + e2eFailed === 0 ? 1 : 0;

console.log(`\nunit ${unitPassed} passed, ${unitFailed} failed · browser ${e2ePassed} passed, ${e2eFailed} failed${failedStep ? ` · stopped at step "${failedStep}"` : ''}`);
console.log(`tests: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed + stepFailed} failed`);
process.exit(failedStep ? 1 : 0);
