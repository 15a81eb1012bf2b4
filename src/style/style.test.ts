/**
 * Invariants of the generated style: the base style plus every overlay of the registry, composed
 * as the map stacks them (by slot, then registry order), in each language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { GeoBundle, PlaceProps } from '../model/types.ts';
import type { LabelPoints } from '../geo/labelPoints.ts';
import { createAppStore, type Lang } from '../state/appStore.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import type { AnyOverlay, OverlayContext } from '../overlays/overlay.ts';
import { SLOTS, slotOfSpec } from './stack.ts';
import { buildStyle, nameExpr, type NameField } from './style.ts';
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
          properties: {
            id: 'TJ-KL',
            name: 'Khatlon',
            name_ru: 'Хатлон',
            country: 'TJ',
            published_area_km2: null,
            source: 'test',
            label: [69, 37.5],
          },
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
          properties: { id: 'TJK', name: 'Tajikistan', name_ru: 'Таджикистан', role: 'focus', source: 'test', label: [71, 39] },
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
            name_tg: null,
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
    settlements: { type: 'FeatureCollection', features: [] },
    districts: { type: 'FeatureCollection', features: [] },
    credits: [],
  };
}

function labelsFixture(): LabelPoints {
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

/** The base style and `overlays` as one style, stacked by slot and then in registry order, as the map mounts them. */
function composeStyle(
  lang: Lang,
  geo = geoFixture(),
  labels = labelsFixture(),
  overlays: readonly AnyOverlay[] = OVERLAYS,
): StyleSpecification {
  const base = buildStyle(briefingTheme, geo, labels, lang);
  const ctx = { theme: briefingTheme, geo, labels } as OverlayContext;
  const store = createAppStore({ start: 0, end: 1 });
  store.getState().setLang(lang);
  const sources = { ...base.sources };
  for (const o of overlays)
    for (const [id, src] of Object.entries(o.sources(ctx, store.getState()))) {
      expect(sources, `${o.id} adds source ${id} twice`).not.toHaveProperty(id);
      sources[id] = src;
    }
  const rank = (l: LayerSpecification): number => SLOTS.indexOf(slotOfSpec(l)!);
  const layers = [...base.layers, ...overlays.flatMap((o) => o.layers(briefingTheme, lang))].sort((a, b) => rank(a) - rank(b));
  return { ...base, sources, layers };
}

const style = (names: NameField = 'name'): StyleSpecification => composeStyle(names === 'name' ? 'en' : 'ru');

/** Layer fields read loosely: not every layer type has `source` or `layout`. */
const field = (l: LayerSpecification, key: 'source' | 'layout' | 'filter'): unknown => (l as unknown as Record<string, unknown>)[key];
const layout = (l: LayerSpecification): Record<string, unknown> => (field(l, 'layout') as Record<string, unknown> | undefined) ?? {};
const symbolLayers = (s: StyleSpecification): LayerSpecification[] => s.layers.filter((l) => l.type === 'symbol');

/** Layers labelled with a feature's name (the base style and the geographic overlays; events and crossings label with prepared text). */
const NAME_LABELS = ['countries-label', 'regions-label', 'rivers-label-point', 'rivers-label', 'places-label', 'places-label-key'];

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

/** Whether `layerId`'s filter in `s` lets `feature` through, evaluated by MapLibre's own filter code. */
function passesFilter(s: StyleSpecification, layerId: string, feature: Feature<Point, PlaceProps>): boolean {
  const l = s.layers.find((x) => x.id === layerId);
  if (!l) throw new Error(`no layer ${layerId}`);
  const filter = field(l, 'filter');
  if (filter === undefined) return true;
  const f = featureFilter(filter as never, `layers[${layerId}].filter`);
  return f.filter({ zoom: 8 }, { type: 1, properties: feature.properties as never, geometry: [] } as never);
}

describe('the composed style (base + overlays)', () => {
  it.each<[NameField]>([['name'], ['name_ru']])('composeStyle(…, %s) has unique layer ids', (names) => {
    const ids = style(names).layers.map((l) => l.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<[NameField]>([['name'], ['name_ru']])('composeStyle(…, %s) references only sources it defines', (names) => {
    const s = style(names);
    for (const l of s.layers) {
      const src = field(l, 'source');
      if (l.type === 'background') expect(src).toBeUndefined();
      else expect(Object.keys(s.sources), l.id).toContain(src);
    }
  });

  it('composeStyle() defines no unused source', () => {
    const s = style();
    const used = new Set(s.layers.map((l) => field(l, 'source')));
    for (const id of Object.keys(s.sources)) expect(used.has(id), id).toBe(true);
  });

  it('composeStyle() has every layer of every registry overlay', () => {
    const ids = style().layers.map((l) => l.id);
    for (const o of OVERLAYS) for (const l of o.layers(briefingTheme, 'en')) expect(ids, o.id).toContain(l.id);
  });

  it('buildStyle() is version 8 with no glyphs and no sprite', () => {
    const s = buildStyle(briefingTheme, geoFixture(), labelsFixture(), 'en');
    expect(s.version).toBe(8);
    expect('glyphs' in s).toBe(false);
    expect('sprite' in s).toBe(false);
  });

  it('composeStyle() uses only inline GeoJSON sources (offline)', () => {
    for (const [id, src] of Object.entries(style().sources)) {
      const rec = src as unknown as Record<string, unknown>;
      expect(rec.type, id).toBe('geojson');
      expect('url' in rec, id).toBe(false);
      expect('tiles' in rec, id).toBe(false);
      expect(typeof rec.data, id).toBe('object');
    }
  });

  it('composeStyle() passes the geo bundle and labels through as source data', () => {
    const geo = geoFixture();
    const labels = labelsFixture();
    const s = composeStyle('en', geo, labels);
    const data = (id: string): unknown => (s.sources[id] as unknown as { data: unknown }).data;
    expect(data('places')).toBe(geo.places);
    expect(data('border')).toBe(geo.border);
    expect(data('rivers')).toBe(geo.rivers);
    expect(data('region-labels')).toBe(labels.regions);
    expect(data('country-labels')).toBe(labels.countries);
    expect(data('river-labels')).toBe(labels.rivers);
  });

  it('composeStyle() gives every symbol layer a local font stack', () => {
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

  it('composeStyle(…, "name") labels places, regions, rivers and countries with name', () => {
    const labels = symbolLayers(style('name')).filter((l) => NAME_LABELS.includes(l.id));
    expect(labels.map((l) => l.id).sort()).toEqual([...NAME_LABELS].sort());
    for (const l of labels) {
      const text = JSON.stringify(layout(l)['text-field']);
      expect(text, l.id).toContain(JSON.stringify(['get', 'name']));
      expect(text, l.id).not.toContain('name_ru');
    }
  });

  it('composeStyle(…, "name_ru") labels them with name_ru falling back to name', () => {
    const coalesce = JSON.stringify(['coalesce', ['get', 'name_ru'], ['get', 'name']]);
    const labels = symbolLayers(style('name_ru')).filter((l) => NAME_LABELS.includes(l.id));
    expect(labels).toHaveLength(NAME_LABELS.length);
    for (const l of labels) expect(JSON.stringify(layout(l)['text-field']), l.id).toContain(coalesce);
  });

  it.each<[NameField, unknown[]]>([
    ['name', ['get', 'name']],
    ['name_ru', ['coalesce', ['get', 'name_ru'], ['get', 'name']]],
  ])('nameExpr(%s) is %j', (names, expected) => {
    expect(nameExpr(names)).toEqual(expected);
  });

  describe('the key place of the briefings (Shadak, from data/geo/places.geojson)', () => {
    const places = JSON.parse(readFileSync(new URL('../../data/geo/places.geojson', import.meta.url), 'utf8')) as FeatureCollection<
      Point,
      PlaceProps
    >;
    const shadak = places.features.find((f) => f.properties.name === 'Shadak');
    const others = places.features.filter((f) => f !== shadak);
    const s = style();

    it('is in the data', () => {
      expect(shadak).toBeDefined();
      expect(others.length).toBeGreaterThan(0);
    });

    it('passes the key-label filter and is kept out of the ordinary labels', () => {
      expect(passesFilter(s, 'places-label-key', shadak!)).toBe(true);
      expect(passesFilter(s, 'places-label', shadak!)).toBe(false);
    });

    it('is the only key place: every other settlement gets an ordinary label', () => {
      for (const p of others) {
        expect(passesFilter(s, 'places-label-key', p), p.properties.id).toBe(false);
        expect(passesFilter(s, 'places-label', p), p.properties.id).toBe(true);
      }
    });

    it('has a bold label that overlaps and ignores placement, so no collision hides it', () => {
      const key = s.layers.find((l) => l.id === 'places-label-key')!;
      expect(key.type).toBe('symbol');
      expect(layout(key)['text-allow-overlap']).toBe(true);
      expect(layout(key)['text-ignore-placement']).toBe(true);
      expect(layout(key)['text-font']).toEqual(briefingTheme.fontBold);
    });

    it('is drawn after every other symbol layer, so it is placed first', () => {
      const symbols = symbolLayers(s).map((l) => l.id);
      expect(symbols.at(-1)).toBe('places-label-key');
    });
  });

  it('composeStyle() draws the border line above its casing and the background first', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids[0]).toBe('background');
    expect(ids.indexOf('border-line')).toBeGreaterThan(ids.indexOf('border-casing'));
  });
});
