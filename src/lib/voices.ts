/** Choosing a speech voice for a language: small, so it can run on every page load. */

export interface VoiceLike {
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

