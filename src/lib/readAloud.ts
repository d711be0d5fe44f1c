/** Helpers for reading a page aloud with the browser's own speech synthesis. */

interface VoiceLike {
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/** A voice for the language (`sv`, `ar`, …), preferring one that runs on the device itself. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const base = lang.toLowerCase().split('-')[0];
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  return matching.find((v) => v.localService) ?? matching.find((v) => v.default) ?? matching[0];
}

/**
 * The text of the main content in reading order, one chunk per block, leaving out controls and
 * anything marked `data-listen-skip`. Short chunks keep long pages from being cut off.
 */
export function speakableChunks(root: Element): string[] {
  const blocks = root.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, legend, label');
  const chunks: string[] = [];
  for (const block of blocks) {
    if (block.closest('[data-listen-skip], read-aloud, [hidden], form [hidden]')) continue;
    if (block.querySelector('p, li')) continue; // its own blocks are read one by one
    const text = block.textContent?.replace(/\s+/g, ' ').trim();
    if (text) chunks.push(text);
  }
  return chunks;
}
