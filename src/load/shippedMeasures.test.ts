/**
 * The build's border measures of the shipped events (scripts/borderMeasuresPlugin.ts, read by the
 * browser instead of measuring at boot) are the runtime function's, to the last bit, over the
 * exact geography the browser loads on demand (the packed file), so the two cannot drift; and the
 * default view, on the light file, places every shipped event as the exact one does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import shipped, { borderLabelPoint, borderLengthKm as shippedLength } from 'virtual:frontier-border-measures';
import { borderLengthKm } from '../geo/borderLength.ts';
import { borderIndexFor, measureLocation } from '../geo/borderMeasure.ts';
import { createGeoLookup } from '../geo/geoLookup.ts';
import { unpackGeo } from '../geo/packGeo.ts';
import { GEO_FILES, GEO_LIGHT, GEO_PACKED, type GeoFileKey } from '../schema/manifest.ts';
import { parseGeoBundle } from '../schema/geo.ts';
import { parseDataset } from './loadDataset.ts';
import { readDatasetFiles } from './readDatasetFiles.ts';
import { resolveLocation } from './normalise.ts';

const DATA = new URL('../../data/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as unknown;

function browserGeo(file = GEO_PACKED) {
  const files = { ...unpackGeo(readJson(file)), credits: readJson(GEO_FILES.credits) } as Record<GeoFileKey, unknown>;
  const result = parseGeoBundle(files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.geo;
}

describe('virtual:frontier-border-measures', () => {
  const geo = browserGeo();
  const index = borderIndexFor(geo);
  const lookup = createGeoLookup(geo);
  const files = readDatasetFiles(DATA);
  const parsed = parseDataset(files, lookup);
  if (!parsed.ok) throw new Error('shipped data invalid');

  it('holds one measure per shipped event, and nothing else', () => {
    expect(index).toBeDefined();
    expect([...shipped.keys()].sort()).toEqual(parsed.dataset.events.map((e) => e.id).sort());
  });

  it('equals measureLocation() over the browser geometry for every shipped event', () => {
    for (const e of parsed.dataset.events) {
      const { geometry } = resolveLocation(e.location, lookup);
      const areaId = e.location.precision === 'district' || e.location.precision === 'province' ? (e.location.ref ?? null) : null;
      const atDistrictSeat = areaId !== null && (lookup.districtIds?.has(areaId) ?? false);
      const runtime = measureLocation({ locationPrecision: e.location.precision, geometry, areaId, atDistrictSeat }, index);
      expect({ id: e.id, ...shipped.get(e.id) }).toStrictEqual({ id: e.id, ...runtime });
    }
  });

  it('is what normalisation gives a shipped event when the lookup carries the build measures', () => {
    const withShipped = parseDataset(files, { ...lookup, shippedMeasures: shipped });
    if (!withShipped.ok) throw new Error('shipped data invalid');
    const measured = parseDataset(files, { ...lookup, ...(index ? { borderIndex: index } : {}) });
    if (!measured.ok) throw new Error('shipped data invalid');
    expect(withShipped.dataset.events.map((e) => e.border)).toStrictEqual(measured.dataset.events.map((e) => e.border));
  });

  it('gives the exact border’s label point, so the default view (light lines) places every shipped event as the exact lines do', () => {
    expect(borderLabelPoint).not.toBeNull();
    expect(borderLabelPoint).toStrictEqual(lookup.borderLabelPoint);
    const lightLookup = createGeoLookup(browserGeo(GEO_LIGHT));
    // Without the build's point the light line would move border-precision events.
    expect(lightLookup.borderLabelPoint).not.toStrictEqual(borderLabelPoint);
    const boot = parseDataset(files, { ...lightLookup, shippedMeasures: shipped, borderLabelPoint: borderLabelPoint! });
    if (!boot.ok) throw new Error('shipped data invalid');
    expect(boot.dataset.events.some((e) => e.location.precision === 'border')).toBe(true);
    const exact = parseDataset(files, { ...lookup, shippedMeasures: shipped });
    if (!exact.ok) throw new Error('shipped data invalid');
    expect(boot.dataset.events).toStrictEqual(exact.dataset.events);
  });

  it('gives the exact border’s length, which the light lines (rounded) would overstate', () => {
    expect(shippedLength).toBe(borderLengthKm(geo.border));
    const light = borderLengthKm(browserGeo(GEO_LIGHT).border);
    expect(Math.round(light)).not.toBe(Math.round(shippedLength!));
  });
});
