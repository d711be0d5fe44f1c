/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) after `astro build`: the headers of
 * src/config/security.ts, with the hash of the CSS the built pages inline. Run by `npm run build`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../config/security.ts';
import { languageCodes } from '../i18n/languages.ts';
import { DIST, builtStyleHashes } from './builtSite.ts';

const hashes = builtStyleHashes(DIST);
if (hashes.length === 0) throw new Error('No inline CSS found in dist/: run `astro build` first.');
writeFileSync(join(DIST, '_headers'), headersFile(languageCodes, hashes));
console.log(`dist/_headers written (style hashes: ${hashes.join(', ')})`);
