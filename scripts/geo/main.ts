/**
 * Builds the small GeoJSON files under data/geo/ from public datasets: `npm run data:geo`.
 *
 * Deterministic and re-runnable: the same inputs give byte-identical outputs (see sourceDate.ts
 * for the one unpinned input). Inputs are installed on demand into .geo-cache/ (cache.ts), plus
 * Debian's `gmt` + `gmt-gshhg-full` for the rivers. Each dataset is one module; this file only
 * runs them in order and writes the results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractBorder, borderFeature } from './border.ts';
import { ensureCache, readJson } from './cache.ts';
import { OUT } from './config.ts';
import { buildCountries, loadRussianNames } from './countries.ts';
import { buildCredits, creditsText } from './credits.ts';
import { readCities500 } from './geonames.ts';
import { kmLength } from './geometry.ts';
import { GeoBuildError, log } from './log.ts';
import { loadOsmCountries } from './osm.ts';
import { byId, sizeOf, writeFeatureCollection, writeOut } from './output.ts';
import { writePacked } from './packed.ts';
import { buildDistricts, loadAdmin2Names } from './districts.ts';
import { frontierPlaces } from './frontierPlaces.ts';
import { extractPlaces, panjiPoyon, readCitiesJson, RESEARCH_PLACES } from './places.ts';
import { researchRows } from './research.ts';
import { buildRegions } from './regions.ts';
import { gshhgVersion } from './rivers/gmt.ts';
import { buildRivers } from './rivers/rivers.ts';
import { deriveShadak, shadakFeature, vishkharvFeature } from './shadak.ts';
import { renderSourcesMd } from './sourcesMd.ts';
import { chooseSourceDate } from './sourceDate.ts';

/** data/geo may not exceed this many bytes in total. */
const BUDGET_BYTES = 400 * 1024;

function previousCredits(): unknown {
  try {
    return readJson<unknown>(path.join(OUT, 'sources.json'));
  } catch {
    return undefined; // first run
  }
}

function main(): void {
  ensureCache();
  fs.mkdirSync(OUT, { recursive: true });
  const sourceDate = chooseSourceDate(process.env['SOURCE_DATE'], previousCredits(), new Date().toISOString().slice(0, 10));
  log(`extraction date ${sourceDate}`);

  const osm = loadOsmCountries();
  const tjk = osm.country('TJK');
  const borderFull = extractBorder(tjk.geometry, osm.country('AFG').geometry);
  log(`border: full resolution ${borderFull.length} pts, ${kmLength(borderFull).toFixed(1)} km`);
  const border = borderFeature(borderFull);
  const countries = buildCountries(osm, loadRussianNames());
  const regions = buildRegions();
  const gshhg = gshhgVersion();
  const rivers = buildRivers(borderFull, gshhg);

  const cities500 = readCities500();
  const { features: places, notFound } = extractPlaces(cities500);
  const pp = panjiPoyon();
  if (pp) places.push(pp);
  else notFound.push('panji-poyon');
  if (!places.some((f) => f.properties.id === 'vishkharv')) {
    places.push(vishkharvFeature());
    const i = notFound.indexOf('vishkharv');
    if (i >= 0) notFound.splice(i, 1, 'vishkharv (GeoNames; added from the village directory)');
  }
  places.push(shadakFeature(deriveShadak(borderFull, tjk)));
  places.sort(byId);
  // Settlements: the research list's finds, then every other populated place near the border.
  const research = extractPlaces(cities500, RESEARCH_PLACES);
  notFound.push(...research.notFound);
  const swept = frontierPlaces(cities500, readCitiesJson(), borderFull, [...places, ...research.features]);
  const settlements = [...research.features, ...swept].sort(byId);
  const gazetteer = [...places, ...settlements];
  const districts = buildDistricts(cities500, loadAdmin2Names(), gazetteer);

  writeFeatureCollection('border.geojson', [border.feature]);
  writeFeatureCollection('countries.geojson', countries);
  writeFeatureCollection('regions.geojson', regions);
  writeFeatureCollection('rivers.geojson', rivers);
  writeFeatureCollection('places.geojson', places);
  writeFeatureCollection('settlements.geojson', settlements);
  writeFeatureCollection('districts.geojson', districts.features);
  writeOut('sources.json', creditsText(buildCredits(sourceDate, gshhg)));
  log('wrote data/geo/sources.json');
  log(`wrote data/geo.packed.json (${(writePacked() / 1024).toFixed(1)} KB) and data/geo.light.json, what the browser fetches`);

  const listed = [
    'border.geojson',
    'countries.geojson',
    'regions.geojson',
    'rivers.geojson',
    'places.geojson',
    'settlements.geojson',
    'districts.geojson',
    'sources.json',
  ];
  writeOut(
    'SOURCES.md',
    renderSourcesMd({
      sourceDate,
      borderKm: border.km,
      countryIds: countries.map((f) => f.properties.id),
      regions: regions.map((f) => ({ id: f.properties.id, name: f.properties.name })),
      riverNames: rivers.map((f) => f.properties.name),
      placeCount: places.length,
      settlementCount: settlements.length,
      sweptCount: swept.length,
      placesNotFound: notFound,
      districtCount: districts.features.length,
      districtsWithoutSeat: districts.noSeat,
      research: researchRows(gazetteer, districts.features),
      gshhgVersion: gshhg,
      sizes: listed.map((f) => [f, sizeOf(f)]),
    }),
  );
  log('wrote data/geo/SOURCES.md');

  const total = fs.readdirSync(OUT).reduce((s, f) => s + sizeOf(f), 0);
  log(`total data/geo: ${(total / 1024).toFixed(1)} KB`);
  if (total > BUDGET_BYTES) throw new GeoBuildError('data/geo exceeds the 400 KB budget');
  if (notFound.length) log(`places not found: ${notFound.join(', ')}`);
}

try {
  main();
} catch (e) {
  if (!(e instanceof GeoBuildError)) throw e;
  console.error(`[data:geo] ERROR: ${e.message}`);
  process.exit(1);
}
