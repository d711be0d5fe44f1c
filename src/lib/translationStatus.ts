import { createHash } from 'node:crypto';

/** A short content hash of a Swedish source file: translations record the one they were made from. */
export function sourceVersion(fileText: string): string {
  const normalised = fileText.replace(/\r\n/g, '\n').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 12);
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
