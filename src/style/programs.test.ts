/**
 * Layers meant to share a shader program bind their paint properties the same way (each
 * data-driven or each constant), as MapLibre's program cache keys them.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { OVERLAYS } from '../overlays/registry.ts';
import { perFeature } from './programs.ts';
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

  it('the region fills bind like the country fills, with no antialiasing pass of their own', () => {
    const props = ['fill-color', 'fill-opacity', 'fill-pattern'];
    expect(binding(layer('regions-fill'), props)).toEqual(binding(layer('countries-fill'), props));
    for (const id of ['regions-fill', 'countries-fill'])
      expect((layer(id) as { paint: Record<string, unknown> }).paint['fill-antialias'], id).toBe(false);
  });

  it('the settlement dots bind like the event pins (colour, opacities and radius per feature)', () => {
    const props = [
      'circle-color',
      'circle-opacity',
      'circle-radius',
      'circle-stroke-opacity',
      'circle-stroke-color',
      'circle-stroke-width',
      'circle-blur',
    ];
    const pins = [
      'a_circle-color',
      'a_circle-opacity',
      'a_circle-radius',
      'a_circle-stroke-opacity',
      'u_circle-stroke-color',
      'u_circle-stroke-width',
      'u_circle-blur',
    ];
    expect(binding(layer('places-dot'), props)).toEqual(pins);
    expect(binding(layer('settlements-dot'), props)).toEqual(pins);
  });
});
