/** Writes public/_headers from src/config/security.ts (a unit test checks it is up to date). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../config/security.ts';
import { languageCodes } from '../i18n/languages.ts';

const file = join(import.meta.dirname, '../../public/_headers');
writeFileSync(file, headersFile(languageCodes));
console.log(`written: ${file}`);
