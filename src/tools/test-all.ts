/**
 * Runs every test in order — types, unit, build, checks over the built site, HTML validation,
 * browser — stops at the first failure, prints the time of each stage, and closes with one line
 * of totals that CI reads: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const report = join(root, 'tests/.report');
rmSync(report, { recursive: true, force: true });
mkdirSync(report, { recursive: true });

const vitestJson = (name: string) => `--reporter=default --reporter=json --outputFile.json=tests/.report/${name}.json`;
const steps: [string, string][] = [
  ['tools', 'node src/tools/ensure-tools.ts'],
  ['check', 'npm run check'],
  ['unit', `npm run test:unit -- ${vitestJson('vitest')}`],
  ['build', 'npm run build'],
  ['dist', `npm run test:dist -- ${vitestJson('vitest-dist')}`],
  ['html', 'npm run test:html'],
  ['e2e', 'npm run test:e2e'],
];

const timings: [string, number][] = [];
let failedStep: string | undefined;
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const started = performance.now();
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: process.env });
  timings.push([name, (performance.now() - started) / 1000]);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

function readJson(file: string): any {
  const path = join(report, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const vitestRuns = [readJson('vitest.json'), readJson('vitest-dist.json')];
const playwright = readJson('playwright.json');
const unitPassed = vitestRuns.reduce((n, r) => n + (r?.numPassedTests ?? 0), 0);
const unitFailed = vitestRuns.reduce((n, r) => n + (r?.numFailedTests ?? 0), 0);
const e2ePassed = playwright?.stats?.expected ?? 0;
const e2eFailed = (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const stepFailed = failedStep && unitFailed + e2eFailed === 0 ? 1 : 0;

const total = timings.reduce((n, [, s]) => n + s, 0);
console.log(`\ntime per stage: ${timings.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(' · ')} · total ${total.toFixed(1)} s`);
console.log(`vitest ${unitPassed} passed, ${unitFailed} failed · browser ${e2ePassed} passed, ${e2eFailed} failed${failedStep ? ` · stopped at stage "${failedStep}"` : ''}`);
console.log(`tests: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed + stepFailed} failed`);
process.exit(failedStep ? 1 : 0);
