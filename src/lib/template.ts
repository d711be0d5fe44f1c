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
