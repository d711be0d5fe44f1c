/** Reading a page aloud with the browser's own speech synthesis (loaded when Listen is pressed). */

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

/** Speaks the main content, one chunk after another; `onEnd` runs after the last one. */
export function speakMain(voice: SpeechSynthesisVoice, onEnd: () => void): boolean {
  const main = document.querySelector('main');
  if (!main) return false;
  speechSynthesis.cancel();
  const chunks = speakableChunks(main);
  chunks.forEach((text, i) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    try {
      utterance.voice = voice;
    } catch {
      // Some engines only accept their own voice objects; the language still picks one.
    }
    if (i === chunks.length - 1) utterance.addEventListener('end', onEnd);
    speechSynthesis.speak(utterance);
  });
  return chunks.length > 0;
}
