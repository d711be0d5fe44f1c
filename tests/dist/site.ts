/** What the checks over dist/ share: the built site's pages (src/tools/builtSite.ts) and a way to list offenders. */
import { builtHtml } from '../../src/tools/builtSite.ts';

export { DIST, builtHtml, builtPages, languagePages } from '../../src/tools/builtSite.ts';

/**
 * One rule over every page: collects each page's problems so the failure lists every offender,
 * not just the first.
 */
export function offenders(paths: string[], problemsOf: (path: string, html: string) => string[]): string[] {
  return paths.flatMap((path) => problemsOf(path, builtHtml(path)).map((problem) => `${path}: ${problem}`));
}
