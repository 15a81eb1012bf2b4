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

/** Removes all children. */
/** Children may be null/false to make conditional content read naturally. */
export type Child = Node | string | null | undefined | false;

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
