import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoBundle } from '../model/types.ts';
import { KEY_PLACES, buildStyle, nameExpr, type NameField } from './style.ts';
import { briefingTheme } from './theme.ts';

/** A tiny geo bundle: one feature per collection. */
function geoFixture(): GeoBundle {
  return {
    border: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'tj-af',
            name: 'Tajikistan–Afghanistan border',
            official_length_km: 1344,
            official_length_source: 'test',
            source: 'test',
          },
          geometry: {
            type: 'LineString',
            coordinates: [
              [67.8, 37.2],
              [71.5, 37.9],
            ],
          },
        },
      ],
    },
    regions: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'TJ-KL', name: 'Khatlon', name_ru: 'Хатлон', country: 'TJ', published_area_km2: null, source: 'test' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [68, 37],
                [70, 37],
                [70, 38],
                [68, 38],
                [68, 37],
              ],
            ],
          },
        },
      ],
    },
    countries: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'TJK', name: 'Tajikistan', name_ru: 'Таджикистан', role: 'focus', source: 'test' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [67, 37],
                [75, 37],
                [75, 41],
                [67, 41],
                [67, 37],
              ],
            ],
          },
        },
      ],
    },
    rivers: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'panj', name: 'Panj', name_ru: null, border: true, source: 'test' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [68, 37.1],
              [71, 37.5],
            ],
          },
        },
      ],
    },
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'shadak',
            name: 'Shadak',
            name_ru: 'Шадак',
            country: 'TJ',
            rank: 4,
            geonameid: null,
            precision: 'approximate',
            source: 'test',
          },
          geometry: { type: 'Point', coordinates: [70.6, 37.7] },
        },
      ],
    },
    credits: [],
  };
}

function labelsFixture(): { regions: FeatureCollection<Point>; countries: FeatureCollection<Point>; rivers: FeatureCollection<Point> } {
  return {
    regions: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'TJ-KL', name: 'Khatlon', name_ru: 'Хатлон' },
          geometry: { type: 'Point', coordinates: [69, 37.5] },
        },
      ],
    },
    countries: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'TJK', name: 'Tajikistan', name_ru: null, role: 'focus' },
          geometry: { type: 'Point', coordinates: [71, 39] },
        },
      ],
    },
    rivers: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'panj', name: 'Panj', name_ru: 'Пяндж' },
          geometry: { type: 'Point', coordinates: [70, 37.5] },
        },
      ],
    },
  };
}

const style = (names: NameField = 'name'): StyleSpecification => buildStyle(briefingTheme, geoFixture(), labelsFixture(), names);

/** Layer fields read loosely: not every layer type has `source` or `layout`. */
const field = (l: LayerSpecification, key: 'source' | 'layout' | 'filter'): unknown => (l as unknown as Record<string, unknown>)[key];
const layout = (l: LayerSpecification): Record<string, unknown> => (field(l, 'layout') as Record<string, unknown> | undefined) ?? {};
const symbolLayers = (s: StyleSpecification): LayerSpecification[] => s.layers.filter((l) => l.type === 'symbol');

/** CSS generic families and common system fonts: always available without a download. */
const LOCAL_FONTS = new Set([
  'sans-serif',
  'serif',
  'monospace',
  'system-ui',
  'cursive',
  'fantasy',
  'Arial',
  'Helvetica',
  'Helvetica Neue',
]);

describe('buildStyle', () => {
  it.each<[NameField]>([['name'], ['name_ru']])('buildStyle(…, %s) has unique layer ids', (names) => {
    const ids = style(names).layers.map((l) => l.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<[NameField]>([['name'], ['name_ru']])('buildStyle(…, %s) references only sources it defines', (names) => {
    const s = style(names);
    for (const l of s.layers) {
      const src = field(l, 'source');
      if (l.type === 'background') expect(src).toBeUndefined();
      else expect(Object.keys(s.sources), l.id).toContain(src);
    }
  });

  it('buildStyle() defines no unused source', () => {
    const s = style();
    const used = new Set(s.layers.map((l) => field(l, 'source')));
    for (const id of Object.keys(s.sources)) expect(used.has(id), id).toBe(true);
  });

  it('buildStyle() is version 8 with no glyphs and no sprite', () => {
    const s = style();
    expect(s.version).toBe(8);
    expect('glyphs' in s).toBe(false);
    expect('sprite' in s).toBe(false);
  });

  it('buildStyle() uses only inline GeoJSON sources (offline)', () => {
    for (const [id, src] of Object.entries(style().sources)) {
      const rec = src as unknown as Record<string, unknown>;
      expect(rec.type, id).toBe('geojson');
      expect('url' in rec, id).toBe(false);
      expect('tiles' in rec, id).toBe(false);
      expect(typeof rec.data, id).toBe('object');
    }
  });

  it('buildStyle() passes the geo bundle and labels through as source data', () => {
    const geo = geoFixture();
    const labels = labelsFixture();
    const s = buildStyle(briefingTheme, geo, labels, 'name');
    const data = (id: string): unknown => (s.sources[id] as unknown as { data: unknown }).data;
    expect(data('places')).toBe(geo.places);
    expect(data('border')).toBe(geo.border);
    expect(data('region-labels')).toBe(labels.regions);
    expect(data('country-labels')).toBe(labels.countries);
  });

  it('buildStyle() gives every symbol layer a local font stack', () => {
    const symbols = symbolLayers(style());
    expect(symbols.length).toBeGreaterThan(0);
    for (const l of symbols) {
      const font = layout(l)['text-font'];
      expect(Array.isArray(font), l.id).toBe(true);
      expect((font as unknown[]).length, l.id).toBeGreaterThan(0);
      for (const f of font as unknown[]) expect(LOCAL_FONTS.has(f as string), `${l.id}: ${String(f)}`).toBe(true);
    }
  });

  it.each<[string, string[]]>([
    ['font', briefingTheme.font],
    ['fontBold', briefingTheme.fontBold],
  ])('briefingTheme.%s is a local font stack', (_name, stack) => {
    expect(stack.length).toBeGreaterThan(0);
    for (const f of stack) expect(LOCAL_FONTS.has(f), f).toBe(true);
  });

  it('buildStyle(…, "name") labels with name', () => {
    for (const l of symbolLayers(style('name'))) {
      const text = JSON.stringify(layout(l)['text-field']);
      expect(text, l.id).toContain(JSON.stringify(['get', 'name']));
      expect(text, l.id).not.toContain('name_ru');
    }
  });

  it('buildStyle(…, "name_ru") labels with name_ru falling back to name', () => {
    const coalesce = JSON.stringify(['coalesce', ['get', 'name_ru'], ['get', 'name']]);
    for (const l of symbolLayers(style('name_ru'))) {
      expect(JSON.stringify(layout(l)['text-field']), l.id).toContain(coalesce);
    }
  });

  it.each<[NameField, unknown[]]>([
    ['name', ['get', 'name']],
    ['name_ru', ['coalesce', ['get', 'name_ru'], ['get', 'name']]],
  ])('nameExpr(%s) is %j', (names, expected) => {
    expect(nameExpr(names)).toEqual(expected);
  });

  it('buildStyle() lets the key-place label (Shadak) overlap and ignore placement', () => {
    const key = style().layers.find((l) => l.id === 'places-label-key');
    expect(key?.type).toBe('symbol');
    expect(layout(key!)['text-allow-overlap']).toBe(true);
    expect(layout(key!)['text-ignore-placement']).toBe(true);
    expect(JSON.stringify(field(key!, 'filter'))).toContain('shadak');
    expect(KEY_PLACES).toContain('shadak');
  });

  it('buildStyle() keeps key places out of the ordinary place labels', () => {
    const ordinary = style().layers.find((l) => l.id === 'places-label');
    expect(JSON.stringify(field(ordinary!, 'filter'))).toMatch(/^\["!",/);
  });

  it('buildStyle() draws the border line above its casing and the background first', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids[0]).toBe('background');
    expect(ids.indexOf('border-line')).toBeGreaterThan(ids.indexOf('border-casing'));
  });
});
