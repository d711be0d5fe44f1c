/**
 * Which entry each page in each language renders: its own translation, or the Swedish
 * source inside the language's shell (a fallback). Pure, so routing is tested without a build.
 */
export interface EntryRef {
  /** `<lang>/<slug>` or `<lang>/index`. */
  id: string;
}

export function entryLang(id: string): string {
  return id.split('/')[0];
}

/** The page slug of an entry: `sv/om-webbplatsen` → `om-webbplatsen`; `sv/index` → ''. */
export function entrySlug(id: string): string {
  const slug = id.split('/').slice(1).join('/');
  return slug === 'index' ? '' : slug.replace(/\/index$/, '');
}

export interface PageRoute<E extends EntryRef> {
  lang: string;
  slug: string;
  entry: E;
  isFallback: boolean;
}

export function pageRoutes<E extends EntryRef>(entries: E[], languages: string[], sourceLang: string): PageRoute<E>[] {
  const byKey = new Map(entries.map((e) => [`${entryLang(e.id)}/${entrySlug(e.id)}`, e]));
  const sources = entries.filter((e) => entryLang(e.id) === sourceLang);
  return sources.flatMap((source) => {
    const slug = entrySlug(source.id);
    return languages.map((lang) => {
      const own = byKey.get(`${lang}/${slug}`);
      return { lang, slug, entry: own ?? source, isFallback: !own };
    });
  });
}

/** Pages that have a tool to go with them; the tool's own title becomes the link on the page. */
export const TOOL_FOR_PAGE: Record<string, string> = {
  'ar-det-vald': 'sjalvtest',
  ung: 'sjalvtest-ung',
  sakerhet: 'sakerhetsplan',
  'dolj-ditt-besok': 'spar',
};
