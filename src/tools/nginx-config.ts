/**
 * Writes the nginx configuration for the site, made from src/config/security.ts.
 * Usage: npm run nginx:config -- <out-file> [root] [--port 8080] [--address 127.0.0.1] [--run-dir /tmp/x]
 *   root defaults to this checkout's dist/. Then: nginx -c <out-file> (a complete configuration).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConfig } from '../lib/nginxConfig.ts';
import { builtStyleHashes } from './builtSite.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '80' },
    address: { type: 'string' },
    'run-dir': { type: 'string' },
  },
});
const [out, root = join(import.meta.dirname, '../../dist')] = positionals;
if (!out) {
  console.error('Usage: npm run nginx:config -- <out-file> [root] [--port 8080] [--address 127.0.0.1] [--run-dir dir]');
  process.exit(2);
}
const text = nginxConfig({
  root: resolve(root),
  port: Number(values.port),
  address: values.address,
  runDir: values['run-dir'] ? resolve(values['run-dir']) : undefined,
  styleHashes: builtStyleHashes(resolve(root)),
});
writeFileSync(out, text);
console.log(`nginx configuration written to ${out} (serves ${resolve(root)})`);
