/**
 * Adding an overlay is one module plus one line in the registry: with the fixture overlay
 * (campsFixture.ts) appended to the registry's list, the URL, the host API, the legend, the
 * layer toggles, the export's legend and the map all know it, with no other file touched.
 */
import { describe, expect, it, vi } from 'vitest';
import { briefingTheme } from '../style/theme.ts';
import type * as RegistryModule from './registry.ts';

vi.mock('./registry.ts', async (importOriginal) => {
  const real = await importOriginal<typeof RegistryModule>();
  const { campsOverlay } = await import('./campsFixture.ts');
  // The one registration line: the overlay appended to the list.
  return { ...real, ...real.registryOf([...real.OVERLAYS, campsOverlay]) };
});

const { LAYER_IDS, LAYER_TOGGLES, OVERLAYS, defaultLayers, overlayLegend } = await import('./registry.ts');
const { parseLayersParam, serialiseUrlState, defaultUrlState } = await import('../state/url/urlState.ts');
const { validateHostMessage } = await import('../host-api/protocol.ts');
const { mountOverlays } = await import('./mountOverlays.ts');
const { childrenOf, countSubscriptions, fakeUi, overlayFixture } = await import('./testMap.ts');
const { mountLegend } = await import('../views/panels/legend.ts');

/** Every attribute value `name` in a fake element tree. */
function attributes(el: unknown, name: string): string[] {
  const e = el as { getAttribute(n: string): string | null; children: unknown[] };
  return [e.getAttribute(name), ...e.children.flatMap((c) => attributes(c, name))].filter((v): v is string => v !== null);
}

const layers = (l: object): Record<string, boolean> => l as Record<string, boolean>;

describe('a new overlay registered with one line', () => {
  it('is a layer id, visible by default, with a toggle after the others', () => {
    expect(LAYER_IDS.at(-1)).toBe('camps');
    expect(layers(defaultLayers())['camps']).toBe(true);
    expect(LAYER_TOGGLES.map((t) => t.id)).toEqual(['events', 'outposts', 'coverage', 'places', 'regions', 'rivers', 'density', 'camps']);
  });

  it('is read from and written to the URL (layers=)', () => {
    expect(layers(parseLayersParam('events,camps'))).toMatchObject({ events: true, camps: true, rivers: false });
    const bounds = { start: 0, end: 10 };
    const s = defaultUrlState(bounds);
    expect(layers(s.layers)['camps']).toBe(true);
    (s.layers as Record<string, boolean>)['camps'] = false;
    expect(new URLSearchParams(serialiseUrlState(s, bounds)).get('layers')).toBe('events,outposts,coverage,places,regions,rivers');
  });

  it('is accepted by the host API (setLayers)', () => {
    const r = validateHostMessage({ type: 'frontier-map:command', command: 'setLayers', layers: { camps: false } }, { start: 0, end: 10 });
    expect(r).toEqual({ ok: true, command: { command: 'setLayers', layers: { camps: false } } });
  });

  it('has its legend entry, in the panel and (while visible) in the exported image', () => {
    const f = overlayFixture();
    const s = f.store.getState();
    expect(overlayLegend(OVERLAYS, briefingTheme, 'en', s, false).map((e) => e.id)).toContain('camp');
    expect(overlayLegend(OVERLAYS, briefingTheme, 'en', s, true).map((e) => e.id)).toContain('camp');
    s.setLayer('camps' as never, false);
    expect(overlayLegend(OVERLAYS, briefingTheme, 'en', f.store.getState(), true).map((e) => e.id)).not.toContain('camp');
  });

  it('shows in the legend panel: its entry and its checkbox', () => {
    const f = overlayFixture();
    const root = fakeUi();
    mountLegend(root, f.store);
    expect(attributes(root, 'data-legend')).toContain('camp');
    expect(attributes(root, 'data-layer').at(-1)).toBe('camps');
  });

  it('is drawn in its slot (above the crossings, below the region names), follows its toggle and tears down cleanly', () => {
    const f = overlayFixture();
    const subs = countSubscriptions(f.store);
    const before = { ...f.map.snapshot(), ui: childrenOf(f.ctx.ui).length, subs: subs() };
    const remove = mountOverlays(f.map, f.store, f.ctx, OVERLAYS);
    const order = f.map.getLayersOrder();
    expect(order.indexOf('camps-symbol')).toBe(order.indexOf('outposts-symbol') + 1);
    expect(order.indexOf('camps-symbol')).toBe(order.indexOf('regions-label') - 1);
    f.store.getState().setLayer('camps' as never, false);
    expect(f.map.spec('camps-symbol').layout?.['visibility']).toBe('none');
    remove();
    expect({ ...f.map.snapshot(), ui: childrenOf(f.ctx.ui).length, subs: subs() }).toEqual(before);
  });
});
