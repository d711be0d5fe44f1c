import { createHash } from 'node:crypto';

/** Hex digits written as the letters a–p: a hash in a page's frontmatter never reads as a phone number. */
const LETTER_FOR_HEX_DIGIT = 'abcdefghijklmnop';

/** A short content hash of a Swedish source file (12 letters a–p): translations record the one they were made from. */
export function sourceVersion(fileText: string): string {
  const normalised = fileText.replace(/\r\n/g, '\n').trim();
  const hex = createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 12);
  return hex.replace(/[0-9a-f]/g, (digit) => LETTER_FOR_HEX_DIGIT[parseInt(digit, 16)]);
}

export type TranslationState = 'source' | 'missing' | 'outdated' | 'machine' | 'reviewed';

export interface TranslationMeta {
  source: string;
  sourceVersion: string;
  status: 'machine' | 'reviewed';
}

/** Where a translation stands against the current Swedish source. */
export function translationState(
  lang: string,
  meta: TranslationMeta | undefined,
  currentSourceVersion: string | undefined,
  exists: boolean,
): TranslationState {
  if (lang === 'sv') return 'source';
  if (!exists || !meta) return 'missing';
  if (currentSourceVersion !== undefined && meta.sourceVersion !== currentSourceVersion) return 'outdated';
  return meta.status;
}
