/** Prints the current source version (content hash) of every Swedish page, for translators. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceVersion } from '../lib/translationStatus.ts';

const dir = join(import.meta.dirname, '../../content/sv');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
  console.log(`${file.replace(/\.mdx$/, '')}\t${sourceVersion(readFileSync(join(dir, file), 'utf8'))}`);
}
