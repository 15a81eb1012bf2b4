/**
 * Named rivers. WDBII has no names, so they are assigned by walking the river network between
 * fixed confluences.
 *
 * Where a river IS the border (Amu Darya from the Uzbek tripoint, Panj, Pamir up to Zorkul), the
 * geometry is the border line itself: OSM's border follows the river channel, while WDBII's line
 * wanders up to ~2 km off it (measured near Qalaikhumb), which would show two "rivers" side by side.
 * WDBII is still used for the names' split points (its confluences, snapped onto the border line),
 * for the Amu Darya west of the Uzbek tripoint, and for the Vakhsh.
 */
import * as turf from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { GMT_REGION } from '../config.ts';
import { kmLength, roundLine, simplifyGeom, type Pt } from '../geometry.ts';
import { fail, log } from '../log.ts';
import { OSM_SOURCE } from '../osm.ts';
import { byId, type OutFeature } from '../output.ts';
import { readGmtRivers } from './gmt.ts';
import { nearestNode, riverGraph, riverPath, splitAt } from './graph.ts';

/** ≈ 50 m. */
export const RIVER_TOLERANCE = 0.0005;

/** Lake Zorkul's outflow, the upstream end of the Pamir (~37.43 N 73.78 E). */
const ZORKUL_OUTFLOW: Pt = [73.7767, 37.4344];
/** Vakhsh + Panj → Amu Darya, ~37.11 N 68.30 E. */
const VAKHSH_MOUTH: Pt = [68.3017, 37.1111];
/** Pamir + Wakhan Darya → Panj, at Langar / Qala-i-Panja, ~37.03 N 72.66 E. */
const WAKHAN_MOUTH: Pt = [72.6636, 37.0261];
/**
 * The Vakhsh upstream from its mouth past Bokhtar, through the Norak (Nurek) dam and Rogun, to
 * where WDBII's line crosses 70° E (38.86 N), just beyond the map frame's northern edge.
 */
const VAKHSH_WAYPOINTS: Pt[] = [
  [68.3039, 37.1161], // the WDBII Vakhsh line's end at the confluence
  [69.32, 38.38], // Norak (Nurek) dam
  [69.78, 38.7], // Rogun
  [70.0, 38.8633], // 70° E bin edge
];

export interface RiverProps {
  id: string;
  name: string;
  name_ru: string;
  border: boolean;
  source: string;
}

/** The GSHHG credit text used in `source` fields. */
export const gshhgSource = (version: string | null): string =>
  `GSHHG/WDBII rivers (LGPL) via Debian gmt-gshhg-full${version ? ` ${version}` : ''} (gmt coast -R${GMT_REGION} -Df -Ia)`;

type RiverLine = RiverProps & { coords: Position[] };

function extractRivers(borderFull: Position[], gshhg: string): RiverLine[] {
  const nodes = riverGraph(readGmtRivers());
  // Level 1 ("permanent major rivers") is the Amu Darya–Panj–Pamir chain, walked from the
  // western edge of the GMT region to its eastern end at Zorkul.
  const mainWest = nearestNode(nodes, [66.0, 37.458], 1);
  const mainEast = nearestNode(nodes, ZORKUL_OUTFLOW, 1);
  const main = riverPath(nodes, mainWest, mainEast, 1); // downstream → upstream

  // Positions along the (west → east, i.e. downstream → upstream) border line.
  const border = turf.lineString(borderFull);
  const along = (p: Pt, what: string): number => {
    const snap = turf.nearestPointOnLine(border, turf.point(p), { units: 'kilometers' });
    const { dist, location } = snap.properties;
    if (dist > 3) fail(`rivers: ${what} is ${dist.toFixed(1)} km from the border line`);
    log(`rivers: ${what} at border km ${location.toFixed(1)} (snapped ${dist.toFixed(2)} km)`);
    return location;
  };
  const kVakhsh = along(VAKHSH_MOUTH, 'Vakhsh confluence');
  const kWakhan = along(WAKHAN_MOUTH, 'Pamir/Wakhan confluence');
  const kZorkul = along(ZORKUL_OUTFLOW, 'Zorkul outflow');
  if (!(0 < kVakhsh && kVakhsh < kWakhan && kWakhan < kZorkul)) fail('rivers: confluences out of order along the border');
  const slice = (a: number, b: number): Position[] => turf.lineSliceAlong(border, a, b, { units: 'kilometers' }).geometry.coordinates;

  // Amu Darya: WDBII from the west edge to the Uzbek tripoint (the border line's west end), then
  // the border line up to the Vakhsh confluence.
  const [amuWest] = splitAt(main, borderFull[0] as Pt);
  const amu: Position[] = (amuWest as Position[]).concat(slice(0, kVakhsh));
  const panj = slice(kVakhsh, kWakhan);
  const pamir = slice(kWakhan, kZorkul);

  const wp = VAKHSH_WAYPOINTS.map((p) => nearestNode(nodes, p, 3, 5));
  let vakhsh: Position[] = [];
  for (let i = 0; i + 1 < wp.length; i++) {
    const leg = riverPath(nodes, wp[i] as (typeof wp)[number], wp[i + 1] as (typeof wp)[number], 3);
    vakhsh = vakhsh.length ? vakhsh.concat(leg.slice(1)) : leg;
  }
  // Start the Vakhsh on the border line so that it meets the Amu Darya/Panj on the map.
  if (panj[0]) vakhsh.unshift(panj[0]);
  const both = `${OSM_SOURCE} (border line) + ${gshhg}`;
  return [
    {
      id: 'amu-darya',
      name: 'Amu Darya',
      name_ru: 'Амударья',
      border: true,
      coords: amu,
      source: `${both}: WDBII west of the Uzbek tripoint, the border line east of it`,
    },
    {
      id: 'pamir',
      name: 'Pamir',
      name_ru: 'Памир',
      border: true,
      coords: pamir,
      source: `${both}: the border line between WDBII's Wakhan confluence and Zorkul outflow`,
    },
    {
      id: 'panj',
      name: 'Panj',
      name_ru: 'Пяндж',
      border: true,
      coords: panj,
      source: `${both}: the border line between WDBII's Vakhsh and Wakhan confluences`,
    },
    { id: 'vakhsh', name: 'Vakhsh', name_ru: 'Вахш', border: false, coords: vakhsh, source: gshhg },
  ];
}

/** The four river features, simplified and rounded, sorted by id. */
export function buildRivers(borderFull: Position[], gshhgVersionText: string | null): Array<OutFeature<RiverProps, LineString>> {
  return extractRivers(borderFull, gshhgSource(gshhgVersionText))
    .map(({ coords: raw, ...props }): OutFeature<RiverProps, LineString> => {
      const coords = roundLine(simplifyGeom<LineString>({ type: 'LineString', coordinates: raw }, RIVER_TOLERANCE).coordinates);
      log(`rivers: ${props.id} ${coords.length} pts, ${kmLength(coords).toFixed(1)} km`);
      return {
        type: 'Feature',
        properties: { id: props.id, name: props.name, name_ru: props.name_ru, border: props.border, source: props.source },
        geometry: { type: 'LineString', coordinates: coords },
      };
    })
    .sort(byId);
}
