/**
 * The tests use real Debian programs: Chromium (Playwright drives it; no test tool may download a
 * browser here), lynx (the text-browser check) and nginx (the deploy-configuration check).
 * Installs what is missing with apt when we are root; otherwise says what to do.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const TOOLS: { pkg: string; path: string }[] = [
  { pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { pkg: 'lynx', path: '/usr/bin/lynx' },
  { pkg: 'nginx', path: '/usr/sbin/nginx' },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const names = missing.map((tool) => tool.pkg).join(' ');
if (process.getuid?.() !== 0) {
  console.error(`Missing for the tests: ${names}. Install with: sudo apt-get install -y ${names}`);
  process.exit(1);
}
console.log(`Installing Debian ${names} for the tests …`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`, { stdio: 'inherit' });
const still = missing.filter((tool) => !existsSync(tool.path));
if (still.length > 0) {
  console.error(`apt-get finished but these are still missing: ${still.map((t) => t.path).join(', ')}`);
  process.exit(1);
}
