/**
 * MapLibre compiles one shader program per layer type and paint-binder variant: which paint
 * properties are data-driven (a vertex attribute) and which are constant (a uniform). Each
 * distinct variant costs a compile and link at first load (~100–200 ms each in software WebGL),
 * so layers of one type keep the same pattern where they can: a value that is constant for a
 * layer but data-driven in its neighbours is written as a per-feature expression that always
 * gives that value, and the layer shares their program.
 */

/** `value` as a data-driven expression (per-feature, always `value`): the layer binds it as an attribute. */
export function perFeature<T extends string | number>(value: T): never {
  return ['case', ['has', 'id'], value, value] as never;
}
