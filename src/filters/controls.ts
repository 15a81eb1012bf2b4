/** Building blocks for filter controls: a fieldset of checkboxes, a number field, a text field. */
import { h } from '../ui/dom';
import type { FilterControl } from './filterDef';

let uid = 0;
const nextId = (base: string): string => `flt-${base}-${++uid}`;

/** A fieldset of checkboxes, one per option; the value is the ticked options in option order. */
export function checkboxGroup<K extends string>(o: {
  legend: string;
  testId: string;
  options: ReadonlyArray<{ value: K; label: string }>;
  value: readonly K[];
  set(v: K[]): void;
  note?: string;
}): FilterControl<readonly K[]> {
  const boxes = o.options.map((opt) => {
    const box = h('input', { type: 'checkbox', value: opt.value, 'data-testid': `${o.testId}-${opt.value}` });
    box.checked = o.value.includes(opt.value);
    box.addEventListener('change', () => o.set(o.options.filter((_x, i) => boxes[i]!.checked).map((x) => x.value)));
    return box;
  });
  const el = h(
    'fieldset',
    { class: 'filter-group', 'data-testid': o.testId },
    h('legend', { text: o.legend }),
    ...o.options.map((opt, i) => h('label', { class: 'toggle' }, boxes[i]!, ` ${opt.label}`)),
    o.note ? h('p', { class: 'filter-note muted', text: o.note }) : null,
  );
  return {
    el,
    update: (v) => boxes.forEach((b, i) => (b.checked = v.includes(o.options[i]!.value))),
  };
}

/** A labelled number field (whole numbers ≥ 0; empty = 0), applied on change. */
export function numberField(o: {
  label: string;
  testId: string;
  value: number;
  set(v: number): void;
  note?: string;
  max: number;
}): FilterControl<number> {
  const id = nextId(o.testId);
  const input = h('input', { id, type: 'number', min: 0, max: o.max, step: 1, inputmode: 'numeric', 'data-testid': o.testId });
  const show = (v: number): void => void (input.value = v > 0 ? String(v) : '');
  show(o.value);
  input.addEventListener('change', () => {
    const n = Number(input.value);
    o.set(Number.isInteger(n) && n > 0 ? Math.min(n, o.max) : 0);
  });
  const el = h(
    'div',
    { class: 'filter-field' },
    h('label', { for: id, text: o.label }),
    input,
    o.note ? h('p', { class: 'filter-note muted', text: o.note }) : null,
  );
  return { el, update: show };
}
