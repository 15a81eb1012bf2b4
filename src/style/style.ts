/**
 * The basemap style, built in code: theme tokens + pure layer functions → StyleSpecification.
 * No `glyphs`, `sprite` or remote source: MapLibre renders labels with local fonts, so the map
 * makes no request to any other host.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoBundle } from '../model/types';
import type { Theme } from './theme';
import type { LabelPoints } from '../geo/labelPoints';
import { nameExpr, type NameField } from '../i18n/mapLabels';

export { nameExpr, type NameField };

/** Places whose label must always show (the incident village the briefings are about). */
export const KEY_PLACES = ['shadak'];

/** Land, regions, rivers, the border and settlements. Overlays (events, outposts…) add their own layers above. */
export function basemapLayers(t: Theme, names: NameField): LayerSpecification[] {
  const text = nameExpr(names) as never;
  return [
    // Landlocked region: the world beyond the clipped countries is land too, so clip edges never read as coast.
    { id: 'background', type: 'background', paint: { 'background-color': t.contextLand } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': ['match', ['get', 'role'], 'focus', t.focusLand, t.contextLand] },
    },
    { id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': t.regionFill, 'fill-opacity': 0.7 } },
    {
      id: 'regions-line',
      type: 'line',
      source: 'regions',
      paint: { 'line-color': t.regionLine, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': t.countryLine, 'line-width': 1 },
    },
    {
      id: 'rivers-line',
      type: 'line',
      source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': t.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 9, 2.5] },
    },
    {
      id: 'border-casing',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': t.borderCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 9], 'line-opacity': 0.9 },
    },
    {
      id: 'border-line',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': t.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 5] },
    },
    {
      id: 'countries-label',
      type: 'symbol',
      source: 'country-labels',
      layout: {
        'text-field': text,
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
    },
    {
      id: 'regions-label',
      type: 'symbol',
      source: 'region-labels',
      layout: { 'text-field': text, 'text-font': t.font, 'text-size': 13, 'text-letter-spacing': 0.1, 'text-max-width': 8 },
      paint: { 'text-color': t.regionLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      // At small scales the border rivers wiggle too much for a label along the line: one
      // horizontal label at each river's midpoint instead.
      id: 'rivers-label-point',
      type: 'symbol',
      source: 'river-labels',
      maxzoom: 8,
      layout: {
        'text-field': text,
        'text-font': t.font,
        'text-size': 12,
        'text-letter-spacing': 0.08,
        'text-anchor': 'top',
        'text-offset': [0, 0.6],
        'symbol-sort-key': ['get', 'rank'],
        // Keeps a river's other candidates from repeating its name right beside it.
        'text-padding': 4,
      },
      paint: { 'text-color': t.riverLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'rivers-label',
      type: 'symbol',
      source: 'rivers',
      minzoom: 8,
      layout: {
        'symbol-placement': 'line',
        'text-field': text,
        'text-font': t.font,
        'text-size': 12,
        'text-letter-spacing': 0.08,
        // Border rivers meander: allow sharper bends and repeat often so every river gets a name.
        'text-max-angle': 80,
        'symbol-spacing': 220,
        'text-offset': [0, -0.8],
      },
      paint: { 'text-color': t.riverLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'places-dot',
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 5, 2, 4, 3, 3, 2.5],
        'circle-color': t.placeDot,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'places-label',
      type: 'symbol',
      source: 'places',
      layout: {
        // Approximate points say so in their label (e.g. Shadak is derived, never surveyed).
        'text-field': ['case', ['==', ['get', 'precision'], 'approximate'], ['concat', text, ' (approx.)'], text] as never,
        'text-font': t.font,
        'text-size': ['match', ['get', 'rank'], 1, 15, 2, 13, 3, 12, 11],
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'text-optional': false,
        'symbol-sort-key': ['get', 'rank'],
      },
      filter: ['!', ['in', ['get', 'id'], ['literal', KEY_PLACES]]],
      paint: { 'text-color': t.placeLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      // Key places (Shadak) are what users look for: always labelled, never lost to a collision.
      id: 'places-label-key',
      type: 'symbol',
      source: 'places',
      filter: ['in', ['get', 'id'], ['literal', KEY_PLACES]],
      layout: {
        'text-field': ['case', ['==', ['get', 'precision'], 'approximate'], ['concat', text, ' (approx.)'], text] as never,
        'text-font': t.fontBold,
        'text-size': 12,
        'text-anchor': 'bottom-left',
        'text-offset': [0.4, -0.3],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': t.placeLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 2 },
    },
  ];
}

/** Sources of the basemap, from the validated geo bundle (label points precomputed by the caller). */
export function basemapSources(geo: GeoBundle, labels: LabelPoints): StyleSpecification['sources'] {
  return {
    countries: { type: 'geojson', data: geo.countries },
    regions: { type: 'geojson', data: geo.regions, promoteId: 'id' },
    rivers: { type: 'geojson', data: geo.rivers },
    border: { type: 'geojson', data: geo.border },
    places: { type: 'geojson', data: geo.places },
    'region-labels': { type: 'geojson', data: labels.regions },
    'country-labels': { type: 'geojson', data: labels.countries },
    'river-labels': { type: 'geojson', data: labels.rivers },
  };
}

/** The full basemap style. */
export function buildStyle(t: Theme, geo: GeoBundle, labels: LabelPoints, names: NameField): StyleSpecification {
  return { version: 8, sources: basemapSources(geo, labels), layers: basemapLayers(t, names) };
}
