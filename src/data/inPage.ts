/**
 * A registry lookup made by a component on a content page (`<ServiceCard id>`, `<PhoneLink id>`,
 * `<Fact id>`): when the id is unknown, the error names the `.mdx` file the editor must fix,
 * not only the route the build was rendering.
 */
export function inContentFile<T>(file: string | undefined, route: string, look: () => T): T {
  try {
    return look();
  } catch (error) {
    const where = file ? `${file} (page ${route})` : `page ${route}`;
    const named = new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    // The stack would point into the component, not at the page: the file and the id say it all.
    named.stack = named.message;
    throw named;
  }
}
