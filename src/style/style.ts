/**
 * The base style, built in code: theme tokens + pure layer functions → StyleSpecification.
 * No `glyphs`, `sprite` or remote source: MapLibre renders labels with local fonts, so the map
 * makes no request to any other host.
 *
 * The base is what is always on and what overlays stand on: land, the countries, the border and
 * the region shapes. Everything that can be toggled — regions,
 * rivers, settlements, events… — is an overlay (src/overlays/registry.ts) and adds its own layers.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { GeoBundle } from '../model/types';
import type { Lang } from '../state/appStore';
import type { Theme } from './theme';
import type { LabelPoints } from '../geo/labelPoints';
import { labelField, nameExpr, type NameField } from '../i18n/mapLabels';
import { inSlot, type SlottedLayer } from './stack';
import { shareProgram } from './programs';

export { nameExpr, type NameField };

/** Land, country fills and outlines, the border and the country names. */
export function baseLayers(t: Theme, lang: Lang): SlottedLayer[] {
  const layers: SlottedLayer[] = [
    // Landlocked region: the world beyond the clipped countries is land too, so clip edges never read as coast.
    inSlot('land', { id: 'background', type: 'background', paint: { 'background-color': t.contextLand } }),
    inSlot('land', {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      // No antialiasing pass: the country outlines cover the edges.
      paint: { 'fill-color': ['match', ['get', 'role'], 'focus', t.focusLand, t.contextLand], 'fill-antialias': false },
    }),
    inSlot('boundary', {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': t.countryLine, 'line-width': 1 },
    }),
    inSlot('border', {
      id: 'border-casing',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': t.borderCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 9], 'line-opacity': 0.9 },
    }),
    inSlot('border', {
      id: 'border-line',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': t.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 5] },
    }),
    inSlot('basemap-label', {
      id: 'countries-label',
      type: 'symbol',
      source: 'country-labels',
      layout: {
        'text-field': nameExpr(labelField(lang)) as never,
        'text-font': t.fontBold,
        'text-size': ['match', ['get', 'role'], 'focus', 16, 13],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.25,
      },
      paint: {
        'text-color': ['match', ['get', 'role'], 'focus', '#555', '#8a877f'],
        'text-halo-color': t.labelHalo,
        'text-halo-width': 1.5,
      },
    }),
  ];
  // Layers of one type bind their paint alike, so they share MapLibre's shader programs.
  return layers.map(shareProgram);
}

/** Sources of the base style, from the validated geo bundle (label points precomputed by the caller). */
export function baseSources(geo: GeoBundle, labels: LabelPoints): StyleSpecification['sources'] {
  return {
    countries: { type: 'geojson', data: geo.countries },
    // The region shapes, drawn by the regions overlay.
    regions: { type: 'geojson', data: geo.regions, promoteId: 'id' },
    border: { type: 'geojson', data: geo.border },
    'country-labels': { type: 'geojson', data: labels.countries },
  };
}

/** The base style the map opens with; overlays add their sources and layers once it has loaded. */
export function buildStyle(t: Theme, geo: GeoBundle, labels: LabelPoints, lang: Lang): StyleSpecification {
  return { version: 8, sources: baseSources(geo, labels), layers: baseLayers(t, lang) };
}
