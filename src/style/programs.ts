/**
 * MapLibre compiles one shader program per layer type and paint-binder variant: which paint
 * properties are data-driven (a vertex attribute) and which are constant (a uniform). Each
 * distinct variant costs a compile and link at first load (~100 ms each in software WebGL on an
 * idle machine), so layers of one type bind the same pattern: a value that is constant for a
 * layer but data-driven in its neighbours is written as a per-feature expression that always
 * gives that value, and the layer shares their program.
 */
import type { LayerSpecification } from 'maplibre-gl';

/** `value` as a data-driven expression (per-feature, always `value`): the layer binds it as an attribute. */
export function perFeature<T extends string | number>(value: T): never {
  return ['case', ['has', 'id'], value, value] as never;
}

/**
 * Per layer type, the paint properties every layer of that type binds per feature, with the
 * style specification's default for a layer that leaves one unset. The union of what any layer
 * of the type needs per feature (pins: colour and radius by kind, opacities in context mode;
 * district seats: stroke colour by kind; country names: colour by role; ring outlines: colour by kind).
 */
export const PER_FEATURE_PAINT: Partial<Record<LayerSpecification['type'], Readonly<Record<string, string | number>>>> = {
  circle: {
    'circle-color': '#000000',
    'circle-radius': 5,
    'circle-opacity': 1,
    'circle-stroke-color': '#000000',
    'circle-stroke-opacity': 1,
  },
  line: { 'line-color': '#000000' },
  symbol: { 'text-color': '#000000' },
};

const isExpression = (v: unknown): boolean => Array.isArray(v) && typeof v[0] === 'string';

/**
 * A paint value as the shared program binds it: a constant (or unset) property of
 * `PER_FEATURE_PAINT` becomes per-feature; anything else is returned as it is. Expressions are
 * left alone: the ones our layers use for these properties read feature properties already.
 */
export function sharedPaintValue(type: LayerSpecification['type'], name: string, value: unknown): unknown {
  const shared = PER_FEATURE_PAINT[type];
  if (!shared || !(name in shared) || isExpression(value)) return value;
  return perFeature((value ?? shared[name]) as string | number);
}

/** `layer` with every property of its type's `PER_FEATURE_PAINT` bound per feature. */
export function shareProgram<L extends LayerSpecification>(layer: L): L {
  const shared = PER_FEATURE_PAINT[layer.type];
  if (!shared) return layer;
  const paint = { ...((layer as { paint?: Record<string, unknown> }).paint ?? {}) };
  for (const name of Object.keys(shared)) paint[name] = sharedPaintValue(layer.type, name, paint[name]);
  return { ...layer, paint } as L;
}
