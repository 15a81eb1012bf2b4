import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { labelField, type LabelledProps } from './eventLabels';

/** The label MapLibre would draw for a pin with `props`, evaluated by the style spec's own expression engine. */
function drawn(field: unknown, props: LabelledProps): string {
  const e = createPropertyExpression(field, 'text-field', latest.layout_symbol['text-field'] as never);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return String(e.value.evaluate({ zoom: 6 }, { type: 'Point', properties: props } as never));
}

const pin = (id: string): LabelledProps => ({ id, title: `Title ${id}`, dateLabel: `Date ${id}` });

describe('event labels', () => {
  it.each([
    { selected: null, id: 'a', label: 'Date a' },
    { selected: 'a', id: 'a', label: 'Title a\nDate a' },
    { selected: 'a', id: 'b', label: 'Date b' },
    { selected: 'b', id: 'b', label: 'Title b\nDate b' },
  ])('selected $selected: pin $id reads "$label"', ({ selected, id, label }) => {
    expect(drawn(labelField(selected), pin(id))).toBe(label);
  });

  it('an id that needs escaping in an expression is compared as a string', () => {
    expect(drawn(labelField('["get","title"]'), pin('["get","title"]'))).toBe('Title ["get","title"]\nDate ["get","title"]');
  });
});
