/** A small helper to build DOM elements without a framework. */

type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element: `h('p', { class: 'note' }, 'text', child)`. Attributes that are `false` or
 * `undefined` are left out; `true` sets an empty attribute.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c);
  }
  return el;
}

/** A table with a header row and body rows of text (or nodes). */
export function table(head: readonly string[], rows: readonly (readonly (string | Node)[])[], caption?: string): HTMLTableElement {
  return h('table', {},
    caption === undefined ? null : h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))));
}

let counter = 0;
/** A document-unique id for labels and descriptions. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
