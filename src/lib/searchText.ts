
/** Pagefind excerpts mark matches with <mark>; build nodes from that without parsing any other HTML. */
export function renderExcerpt(excerpt: string, doc: Document): Node[] {
  const parts = excerpt.split(/<\/?mark>/);
  return parts.map((part, i) => {
    const text = doc.createTextNode(decodeEntities(part));
    if (i % 2 === 0) return text;
    const mark = doc.createElement('mark');
    mark.append(text);
    return mark;
  });
}

export function decodeEntities(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
