/**
 * Interface that works only with JavaScript (buttons, a search form, "open now") is not in the page's
 * markup: `JsOnly.astro` writes it, rendered at build time, into a `data-markup` attribute of an empty
 * placeholder. Text browsers and visitors without JavaScript see nothing there (lynx even shows the
 * content of `<template>`, so a template is not enough). A component's script calls `stamp` to put the
 * interface into its placeholder, or `copy` for a fresh copy to place itself. The placeholder stays as
 * the box that reserved the space, so nothing moves when it fills.
 */

function placeholders(host: ParentNode, name: string): HTMLElement[] {
  return [...host.querySelectorAll<HTMLElement>(`[data-stamp="${name}"]`)];
}

function parse(markup: string): DocumentFragment {
  // Markup written by this site at build time; a template parses it inert (no script runs).
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** A fresh copy of the interface named `name` inside `host`, not yet in the page. */
export function copy(host: ParentNode, name: string): DocumentFragment {
  const [slot] = placeholders(host, name);
  return parse(slot?.dataset.markup ?? '');
}

/**
 * Fills every placeholder named `name` inside `host` with its interface (once: a filled placeholder
 * is left alone) and returns the placeholders.
 */
export function stamp(host: ParentNode, name: string): HTMLElement[] {
  const slots = placeholders(host, name);
  for (const slot of slots) {
    if (slot.dataset.stamped !== undefined) continue;
    slot.replaceChildren(parse(slot.dataset.markup ?? ''));
    slot.dataset.stamped = '';
  }
  return slots;
}
