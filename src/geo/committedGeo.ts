/**
 * Node-only: the committed files under data/geo/ (built by `npm run data:geo`), read from disk for
 * the geodata tests. No network, no .geo-cache needed. Never import this from app code.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { BorderProps, CountryProps, DatasetCredit, DistrictProps, PlaceProps, RegionProps, RiverProps } from '../model/types';

export const GEO = new URL('../../data/geo/', import.meta.url);
const readText = (file: string): string => readFileSync(new URL(file, GEO), 'utf8');
const readGeo = <T>(file: string): T => JSON.parse(readText(file)) as T;

export const border = readGeo<FeatureCollection<LineString | MultiLineString, BorderProps>>('border.geojson');
export const countries = readGeo<FeatureCollection<Polygon | MultiPolygon, CountryProps>>('countries.geojson');
export const regions = readGeo<FeatureCollection<Polygon | MultiPolygon, RegionProps>>('regions.geojson');
export const rivers = readGeo<FeatureCollection<LineString | MultiLineString, RiverProps>>('rivers.geojson');
export const places = readGeo<FeatureCollection<Point, PlaceProps>>('places.geojson');
export const settlements = readGeo<FeatureCollection<Point, PlaceProps>>('settlements.geojson');
export const districts = readGeo<FeatureCollection<Point, DistrictProps>>('districts.geojson');
export const credits = readGeo<DatasetCredit[]>('sources.json');

/** The map frame the app opens on (as in scripts/geo/config.ts). */
export const FRAME = { west: 67.7, south: 36.6, east: 75, north: 38.8 };
