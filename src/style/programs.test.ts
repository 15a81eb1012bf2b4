/**
 * Layers meant to share a shader program bind their paint properties the same way (each
 * data-driven or each constant), as MapLibre's program cache keys them.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { OVERLAYS } from '../overlays/registry.ts';
import { perFeature, shareProgram, sharedPaintValue } from './programs.ts';
import { baseLayers } from './style.ts';
import { briefingTheme } from './theme.ts';

const layers = (): LayerSpecification[] => [...baseLayers(briefingTheme, 'en'), ...OVERLAYS.flatMap((o) => o.layers(briefingTheme, 'en'))];

/** How each of `props` binds in `layer`: an attribute when data-driven, a uniform when constant or zoom-only. */
function binding(layer: LayerSpecification, props: readonly string[]): string[] {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`]!;
  const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
  return props.map((p) => {
    const v = paint[p];
    if (v === undefined) return `u_${p}`;
    const e = createPropertyExpression(v, p, spec[p] as never);
    if (e.result === 'error') throw new Error(`${layer.id} ${p}: ${JSON.stringify(e.value)}`);
    return `${e.value.kind === 'source' || e.value.kind === 'composite' ? 'a' : 'u'}_${p}`;
  });
}

const layer = (id: string): LayerSpecification => {
  const l = layers().find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
};

describe('shared shader programs', () => {
  it('perFeature(v) is data-driven and always v', () => {
    const e = createPropertyExpression(perFeature('#123456'), 'fill-color', latest.paint_fill['fill-color'] as never);
    expect(e.result).toBe('success');
    if (e.result !== 'success') return;
    expect(e.value.kind).toBe('source');
    expect(String(e.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties: {} } as never))).toBe(
      String(e.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties: { id: 'x' } } as never)),
    );
  });

  it('the region fills and the event rings bind like the country fills, with no antialiasing pass of their own', () => {
    const props = ['fill-color', 'fill-opacity', 'fill-pattern'];
    expect(binding(layer('regions-fill'), props)).toEqual(binding(layer('countries-fill'), props));
    expect(binding(layer('event-rings'), props)).toEqual(binding(layer('countries-fill'), props));
    for (const id of ['regions-fill', 'countries-fill', 'event-rings'])
      expect((layer(id) as { paint: Record<string, unknown> }).paint['fill-antialias'], id).toBe(false);
  });

  it.each([
    ['a constant becomes per-feature', 'circle', 'circle-radius', 18, perFeature(18)],
    ['an unset property gets the default, per feature', 'circle', 'circle-stroke-opacity', undefined, perFeature(1)],
    ['an expression stays as it is', 'circle', 'circle-color', ['get', 'c'], ['get', 'c']],
    ['a property outside the table stays as it is', 'circle', 'circle-stroke-width', 2, 2],
    ['a type outside the table stays as it is', 'fill', 'fill-opacity', 0.5, 0.5],
    ['line colour of a line layer', 'line', 'line-color', '#123', perFeature('#123')],
    ['text colour of a symbol layer', 'symbol', 'text-color', '#555', perFeature('#555')],
  ] as const)('sharedPaintValue: %s', (_name, type, prop, value, want) => {
    expect(sharedPaintValue(type, prop, value)).toEqual(want);
  });

  it('shareProgram leaves the layer given to it unchanged', () => {
    const l = { id: 'x', type: 'circle', source: 's', paint: { 'circle-radius': 3 } } as LayerSpecification;
    const shared = shareProgram(l) as { paint: Record<string, unknown> };
    expect(shared.paint['circle-radius']).toEqual(perFeature(3));
    expect((l as { paint: Record<string, unknown> }).paint).toEqual({ 'circle-radius': 3 });
  });

  /** One binding per type across every layer of the style and the overlays: one shader program each. */
  it.each([
    [
      'circle',
      [
        'circle-color',
        'circle-opacity',
        'circle-radius',
        'circle-stroke-opacity',
        'circle-stroke-color',
        'circle-stroke-width',
        'circle-blur',
      ],
    ],
    ['symbol', ['text-color', 'text-opacity', 'text-halo-color', 'text-halo-width', 'text-halo-blur']],
    ['line', ['line-color', 'line-opacity', 'line-width', 'line-blur', 'line-gap-width', 'line-offset']],
  ] as const)('every %s layer binds its paint the same way', (type, props) => {
    const ofType = layers().filter((l) => l.type === type);
    expect(ofType.length).toBeGreaterThan(2);
    const variants = new Map(ofType.map((l) => [binding(l, props).join(' '), l.id]));
    expect([...variants.keys()], [...variants.values()].join(', ')).toHaveLength(1);
    expect([...variants.keys()][0]).toContain('a_' + props[0]);
  });
});
