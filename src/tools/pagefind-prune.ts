/**
 * Pagefind writes its own search interfaces next to the index; the site uses only the JS API
 * (pagefind.js, the WebAssembly, index and fragments) with its own interface. Removes the unused
 * bundles so they do not ship. Pagefind has no flag to skip them. Run after `pagefind --site dist`.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './builtSite.ts';

/** Pagefind's own interface bundles: its default UI, the modular and component UIs, highlighting. */
export const UNUSED_PAGEFIND_BUNDLE = /^pagefind-(ui|modular-ui|component-ui|highlight)\b.*\.(js|css)$/;

/** Removes the unused bundles from a Pagefind output folder; returns their names. */
export function prunePagefind(dir: string): string[] {
  const removed = readdirSync(dir).filter((name) => UNUSED_PAGEFIND_BUNDLE.test(name));
  for (const name of removed) rmSync(join(dir, name));
  rmSync(join(dir, 'playground'), { recursive: true, force: true });
  return removed;
}

if (import.meta.main) {
  const removed = prunePagefind(join(DIST, 'pagefind'));
  console.log(`Removed Pagefind's unused interface bundles: ${removed.join(', ') || 'none'}`);
}
