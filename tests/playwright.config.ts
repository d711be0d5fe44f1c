import { spawnSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * A free loopback port, so two checkouts can test at once. Asked of the system once, in a tiny
 * child (a config cannot wait for a callback), and kept in E2E_PORT: Playwright loads this config
 * again in each worker, which inherits the variable and so uses the same port.
 */
function freePort(): string {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"],
    { encoding: 'utf8' },
  );
  if (probe.status !== 0 || !/^\d+$/.test(probe.stdout)) throw new Error(`No free port for the e2e server: ${probe.stderr}`);
  return probe.stdout;
}
process.env.E2E_PORT ||= freePort();
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: './e2e',
  outputDir: './.report/results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: './.report/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Measured here: a new page and its first visit cost ~0.9 s with the defaults and ~0.6 s with
        // one renderer process and the (software) GPU work kept in the browser process.
        '--renderer-process-limit=1',
        '--in-process-gpu',
        '--disable-gpu-compositing',
      ],
    },
  },
  webServer: {
    command: 'node src/tools/serve.ts',
    env: { PORT: String(port) },
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
