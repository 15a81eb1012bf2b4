/** Tiny DOM helpers. Text always goes in through textContent: data is never parsed as HTML. */

type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/**
 * Text from data as its own bidi isolate (`<bdi>`): direction controls inside it (U+202E …)
 * cannot reorder the app's text beside it, and a right-to-left name keeps its own direction.
 * Every piece of data text that shares an element with app text goes in through this.
 */
export function bdi(text: string, attrs: Attrs = {}): HTMLElement {
  return h('bdi', attrs, text);
}

/** Children may be null/false to make conditional content read naturally. */
export type Child = Node | string | null | undefined | false;

/** Removes all children. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
