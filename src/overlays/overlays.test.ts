/**
 * Invariants of the overlay registry, checked on a recording map that starts from the base style
 * and fails like MapLibre on a duplicate id, a missing source, or a source removed while in use.
 */
import { describe, expect, it, vi } from 'vitest';
import { SLOTS, slotOfSpec } from '../style/stack.ts';
import { briefingTheme } from '../style/theme.ts';
import { allocRaw, extractRaw } from './bulk/raw.ts';
import { buildColumns } from './bulk/pack.ts';
import { numericDetail } from './bulk/details.ts';
import type { BulkSet } from './bulk/types.ts';
import { mountOverlays } from './mountOverlays.ts';
import type { AnyOverlay } from './overlay.ts';
import { LAYER_IDS, OVERLAYS, defaultLayers } from './registry.ts';
import { childrenOf, countSubscriptions, documentListenerCount, overlayFixture, type MapSnapshot } from './testMap.ts';

/** The stack the map drew before overlays became a registry; screenshots depend on it. A new overlay's layers may go anywhere in it. */
const DRAW_ORDER = [
  'background',
  'countries-fill',
  'regions-fill',
  'regions-line',
  'countries-line',
  'rivers-line',
  'coverage-border',
  'event-border',
  'border-casing',
  'border-line',
  'countries-label',
  'rivers-label-point',
  'rivers-label',
  'places-dot',
  'event-areas',
  'event-areas-outline',
  'event-rings',
  'event-rings-outline',
  'event-points',
  'event-selected',
  'event-labels',
  'outposts-symbol',
  'regions-label',
  'places-label',
  'places-label-key',
];

const ids = (o: AnyOverlay): string[] => o.layers(briefingTheme, 'en').map((l) => l.id);

/** Everything an overlay could leave behind: the map's style and listeners, the UI's children, the store's subscriptions. */
function footprint(
  f: ReturnType<typeof overlayFixture>,
  subs: () => number,
): MapSnapshot & { ui: number; subscriptions: number; documentListeners: number } {
  return { ...f.map.snapshot(), ui: childrenOf(f.ctx.ui).length, subscriptions: subs(), documentListeners: documentListenerCount() };
}

describe('the overlay registry', () => {
  it('has unique overlay ids', () => {
    const all = OVERLAYS.map((o) => o.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives the URL and the host API the layer ids they had, in the order the toggles show', () => {
    const had = ['events', 'outposts', 'coverage', 'places', 'regions', 'rivers'];
    expect(LAYER_IDS.filter((id) => had.includes(id))).toEqual(had);
    expect(defaultLayers()).toMatchObject({ events: true, outposts: true, coverage: true, places: true, regions: true, rivers: true });
  });

  it('lets a shared toggle follow only an overlay that has its own', () => {
    for (const o of OVERLAYS) if ('follows' in o.toggle) expect(LAYER_IDS, o.id).toContain(o.toggle.follows);
  });

  it('gives every image its own id across overlays (each overlay removes the images it added)', () => {
    const images = OVERLAYS.flatMap((o) => o.images(briefingTheme).map((i) => i.id));
    expect(new Set(images).size).toBe(images.length);
  });

  it('declares every layer in a slot, with ids unique across overlays', () => {
    const all = OVERLAYS.flatMap(ids);
    expect(new Set(all).size).toBe(all.length);
    for (const o of OVERLAYS) for (const l of o.layers(briefingTheme, 'ru')) expect(slotOfSpec(l), l.id).not.toBeNull();
  });
});

describe('mountOverlays(map, store, ctx, OVERLAYS)', () => {
  it('draws the base style and every overlay in the same stack as before the registry', () => {
    const f = overlayFixture();
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    expect(f.map.getLayersOrder().filter((id) => DRAW_ORDER.includes(id))).toEqual(DRAW_ORDER);
  });

  it('keeps the slots in order from bottom to top', () => {
    const f = overlayFixture();
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const ranks = f.map.getLayersOrder().map((id) => SLOTS.indexOf(slotOfSpec(f.map.getLayer(id))!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('has every layer of every overlay, each on a source that exists, and no source nobody draws', () => {
    const f = overlayFixture();
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const order = f.map.getLayersOrder();
    for (const o of OVERLAYS) for (const id of ids(o)) expect(order, o.id).toContain(id);
    const used = new Set(f.map.layers.map((l) => l.source));
    for (const l of f.map.layers) if (l.type !== 'background') expect(f.map.sources.has(String(l.source)), l.id).toBe(true);
    for (const id of f.map.sources.keys()) expect(used.has(id), id).toBe(true);
  });

  it('adds every image a layer names', () => {
    const f = overlayFixture();
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const exprs = f.map.layers.flatMap((l) => [l.layout?.['icon-image'], l.paint?.['fill-pattern']]).filter((v) => v !== undefined);
    const named = JSON.stringify(exprs).match(/"(icon|pattern)-[a-z-]+"/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect(f.map.hasImage(JSON.parse(n) as string), n).toBe(true);
  });

  it('tears down to the base style, with no listener, element or subscription left', () => {
    const f = overlayFixture();
    const subs = countSubscriptions(f.store);
    const before = footprint(f, subs);
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS)();
    expect(footprint(f, subs)).toEqual(before);
  });

  it('switches every label to Russian, to Tajik and back when the language changes', () => {
    const f = overlayFixture();
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const text = (id: string): string => JSON.stringify(f.map.spec(id).layout?.['text-field']);
    const names = ['countries-label', 'regions-label', 'rivers-label', 'rivers-label-point', 'places-label', 'places-label-key'];
    const english = names.map(text);
    f.store.getState().setLang('ru');
    for (const id of names) expect(text(id), id).toContain('name_ru');
    expect(text('places-label-key')).toContain('(прибл.)');
    f.store.getState().setLang('tg');
    for (const id of names) expect(text(id), id).toContain('name_tg');
    f.store.getState().setLang('en');
    expect(names.map(text)).toEqual(english);
  });

  it.each(['places', 'regions', 'rivers', 'outposts'] as const)('hides the %s layers with their toggle', (id) => {
    const f = overlayFixture();
    mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const o = OVERLAYS.find((x) => x.id === id)!;
    f.store.getState().setLayer(id, false);
    for (const l of ids(o)) expect(f.map.spec(l).layout?.['visibility'], l).toBe('none');
    f.store.getState().setLayer(id, true);
    for (const l of ids(o)) expect(f.map.spec(l).layout?.['visibility'], l).toBe('visible');
  });
});

describe.each(OVERLAYS.map((o) => [o.id, o] as const))('the %s overlay', (_id, overlay) => {
  it('removes exactly what it added, and adds the same again (add → remove → add)', () => {
    const f = overlayFixture();
    const subs = countSubscriptions(f.store);
    const base = footprint(f, subs);
    const remove = overlay.add(f.map, f.store, f.ctx);
    const added = footprint(f, subs);
    for (const l of ids(overlay)) expect(added.layers, l).toContain(l);
    remove();
    expect(footprint(f, subs)).toEqual(base);
    overlay.add(f.map, f.store, f.ctx);
    expect(footprint(f, subs)).toEqual(added);
  });
});

/** A tiny bulk set: two points on the frontier. */
function bulkSet(): BulkSet {
  const records = [0, 1].map((i) => ({
    id: `b${i}`,
    kind: 'incident' as const,
    title: `b${i}`,
    lon: 70 + i,
    lat: 37.5,
    startDay: 9000 + i,
    endDay: 9000 + i,
    datePrecision: 'day' as const,
    locationPrecision: 'village' as const,
    fatalities: null,
    sourceName: 'test',
    sourceText: 'test',
    row: i + 2,
  }));
  const raw = allocRaw(records.length);
  extractRaw(records, 0, records.length, raw);
  const columns = buildColumns(raw);
  return {
    name: 'test',
    columns,
    detail: (i) => ({ ...numericDetail(columns, i), title: 't', sourceName: 's', sourceText: 's', fatalities: null }),
  };
}

describe('the bulk overlay', () => {
  it('loads its GPU layer at the first bulk set, between the hatched areas and the pins, and removes it and its panel', async () => {
    const f = overlayFixture();
    const subs = countSubscriptions(f.store);
    const before = footprint(f, subs);
    const remove = mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const mounted = f.map.getLayersOrder();
    expect(mounted).not.toContain('bulk-points');
    f.store.getState().setBulk(bulkSet());
    await vi.waitFor(() => expect(f.map.getLayersOrder()).toContain('bulk-points'));
    const order = f.map.getLayersOrder();
    expect(order.indexOf('bulk-points')).toBe(order.indexOf('event-areas-outline') + 1);
    expect(order.filter((l) => l !== 'bulk-points')).toEqual(mounted);
    expect(childrenOf(f.ctx.ui).length).toBe(2); // the coverage note and the bulk panel
    remove();
    expect(footprint(f, subs)).toEqual(before);
  });
});
