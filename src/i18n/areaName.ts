/** An area's (district's or region's) name in the UI language, along the fallback chain, else its id. */
import type { GeoBundle } from '../model/types';
import { localized, type Lang } from './langs';

/** The name of district or region `id`. */
export function areaLabel(geo: GeoBundle | null, id: string, lang: Lang): string {
  const f = geo?.districts.features.find((d) => d.properties.id === id) ?? geo?.regions.features.find((r) => r.properties.id === id);
  return f ? (localized(f.properties, 'name', lang)?.text ?? f.properties.name) : id;
}

/** A province stretch `TJ-KL|AF-KZ` as "Khatlon – Kunduz". */
export function stretchLabel(geo: GeoBundle | null, id: string, lang: Lang): string {
  return id
    .split('|')
    .map((part) => areaLabel(geo, part, lang))
    .join(' – ');
}
