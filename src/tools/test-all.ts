/**
 * Runs every test — types, unit, build, checks over the built site, HTML validation, browser —
 * stops after the first group with a failure, prints the time of each stage, and closes with one
 * line of totals that CI reads: "tests: N passed, N failed".
 *
 * Stages that only read files run side by side once the site is built: the unit tests, the checks
 * over dist/ and the HTML validation (the type check and the build stay apart: both write Astro's
 * generated files in .astro/). Their output is printed stage by stage once the group ends.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const report = join(root, 'tests/.report');
rmSync(report, { recursive: true, force: true });
mkdirSync(report, { recursive: true });

const vitestJson = (name: string) => `--reporter=default --reporter=json --outputFile.json=tests/.report/${name}.json`;
const groups: [string, string][][] = [
  [['tools', 'node src/tools/ensure-tools.ts']],
  [['check', 'npm run check']],
  [['build', 'npm run build']],
  [
    ['unit', `npm run test:unit -- ${vitestJson('vitest')}`],
    ['dist', `npm run test:dist -- ${vitestJson('vitest-dist')}`],
    ['html', 'npm run test:html'],
  ],
  [['e2e', 'npm run test:e2e']],
];

interface StageResult {
  name: string;
  command: string;
  seconds: number;
  ok: boolean;
  output: string;
}

/** Runs one stage; alone it prints as it goes, beside others it keeps its output for later. */
function runStage(name: string, command: string, alone: boolean): Promise<StageResult> {
  const started = performance.now();
  if (alone) console.log(`\n▶ ${name}: ${command}`);
  const child = spawn(command, { cwd: root, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], shell: true, env: process.env });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    child.on('close', (code) =>
      resolve({ name, command, seconds: (performance.now() - started) / 1000, ok: code === 0, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

const timings: [string, number][] = [];
let failedStep: string | undefined;
const startedAll = performance.now();
for (const group of groups) {
  const alone = group.length === 1;
  const results = await Promise.all(group.map(([name, command]) => runStage(name, command, alone)));
  for (const result of results) {
    if (!alone) console.log(`\n▶ ${result.name}: ${result.command}\n${result.output}`);
    timings.push([result.name, result.seconds]);
    if (!result.ok) failedStep ??= result.name;
  }
  if (failedStep) break;
}
const wall = (performance.now() - startedAll) / 1000;

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

const groupsShown = groups.map((g) => g.map(([name]) => name).join(' ∥ ')).join(' → ');
console.log(`\norder: ${groupsShown}`);
console.log(`time per stage: ${timings.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(' · ')} · total ${wall.toFixed(1)} s`);
console.log(`vitest ${unitPassed} passed, ${unitFailed} failed · browser ${e2ePassed} passed, ${e2eFailed} failed${failedStep ? ` · stopped at stage "${failedStep}"` : ''}`);
console.log(`tests: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed + stepFailed} failed`);
process.exit(failedStep ? 1 : 0);
