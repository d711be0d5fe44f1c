/**
 * Splits a translated sentence around one placeholder, so a component can put markup
 * (an isolated phone link) where the translation puts the placeholder, in any word order.
 */
export function splitAround(text: string, name: string): [string, string] {
  const token = `{{${name}}}`;
  const at = text.indexOf(token);
  if (at === -1) return [text, ''];
  return [text.slice(0, at), text.slice(at + token.length)];
}

/**
 * Fills `{{name}}` placeholders outside i18next: in a client script, with a sentence the server
 * translated with the placeholder left in place. Unknown names stay as written, so a missing
 * value shows rather than vanishes.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (token, name: string) => (name in values ? String(values[name]) : token));
}
