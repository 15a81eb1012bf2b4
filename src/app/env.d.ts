/** Build-time variables (Vite replaces them statically). */
interface ImportMetaEnv {
  /** '1' in builds for browser tests and the bench: exposes synthetic data and the naive baseline. */
  readonly VITE_TEST_HOOKS?: string;
  /** Comma list of origins allowed to use the host API, fixed at build time. */
  readonly VITE_FRONTIER_ALLOWED_ORIGINS?: string;
  /** SHA-256 of the data files in the manifest, set by scripts/dataHashPlugin.ts (absent in unit tests). */
  readonly VITE_FRONTIER_DATA_HASH?: string;
}

/** The shipped events' border measures by event id, the exact border's label point and its length, computed at build (scripts/borderMeasuresPlugin.ts). */
declare module 'virtual:frontier-border-measures' {
  // An ambient module cannot import by relative path, so the type is named inline (one source of truth).
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const measures: ReadonlyMap<string, import('../geo/borderRules').BorderMeasure>;
  export default measures;
  export const borderLabelPoint: [number, number] | null;
  export const borderLengthKm: number | null;
}

/** The default view's records as the build validated them, or (dev server only) every problem (scripts/defaultDataPlugin.ts). */
declare module 'virtual:frontier-default-data' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const data: import('../load/datasetOf').DefaultData;
  export default data;
}

/** The shipped events' texts and the posts' notes by id (scripts/eventTextsPlugin.ts), from the files the build validated. */
declare module 'virtual:frontier-event-texts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const texts: import('../model/eventTexts').ShippedTexts;
  export default texts;
}
