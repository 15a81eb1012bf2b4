/**
 * Embed options carried in the URL next to the view state (`?embed=1&controls=timeline,legend&autoplay=1`).
 * Each parameter is a schema (`schema/params.ts`); a bad one warns `invalid <name>: <value>` and keeps its default.
 */
import * as v from 'valibot';
import { flagParam, invalid, listParam, param, parseParam, readParams } from '../schema/params';

/** Pieces of chrome an embed can show. The map itself is always shown. */
export const EMBED_CONTROLS = ['timeline', 'legend', 'list', 'play', 'nav', 'link'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];
/** What an embed shows when `controls` is not given. */
export const DEFAULT_EMBED_CONTROLS: readonly EmbedControl[] = ['timeline', 'legend', 'play', 'nav', 'link'];

/** The origin `value` names exactly (`https://host[:port]`, optionally with a trailing `/`); undefined for anything else. */
function exactOrigin(value: string): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return undefined;
  }
  const ok = (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && u.origin === value.replace(/\/$/, '');
  return ok ? u.origin : undefined;
}

/** A web origin or `*`; paths, credentials and other schemes are rejected. */
const originParam = v.pipe(
  v.string(),
  v.check((s) => s === '*' || exactOrigin(s) !== undefined, invalid('origins')),
  v.transform((s) => (s === '*' ? s : (exactOrigin(s) ?? s))),
);

/** The embed parameters of the URL (the view parameters belong to `state/url/urlState`). */
const embedParams = {
  /** `1` (or present) shows the embed view. */
  embed: flagParam('embed'),
  /** Comma list of the chrome to show; empty = the map only. */
  controls: v.pipe(
    listParam('controls', EMBED_CONTROLS),
    v.transform((list) => new Set(list) as ReadonlySet<EmbedControl>),
  ),
  /** `1` starts playback on load. */
  autoplay: flagParam('autoplay'),
  /** `1` lets the embed import files (drop, picker, `?data=`); off by default, so nothing a reader drops in is read. */
  import: flagParam('import'),
  /** Comma list of origins allowed to use the host API (`*` = any; avoid). */
  origins: param(
    'origins',
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',').filter((o) => o !== '')),
      v.array(originParam),
      v.transform((list) => [...new Set(list)]),
    ),
  ),
};

/** URL parameters this module owns. */
export const EMBED_PARAMS = Object.keys(embedParams) as Array<keyof typeof embedParams>;

type EmbedParams = { [K in keyof typeof embedParams]: v.InferOutput<(typeof embedParams)[K]> };

export interface EmbedOptions extends Omit<EmbedParams, 'origins'> {
  /** Origins allowed to send commands and receive events; `*` allows any (not recommended). */
  origins: readonly string[];
}

export interface ParsedEmbedOptions {
  options: EmbedOptions;
  warnings: string[];
}

/** A web origin (`https://host[:port]`) or `*`; throws `invalid origins: …` otherwise. */
export function parseOrigin(value: string): string {
  return parseParam(originParam, value);
}

/** Comma list of origins → de-duplicated list; throws `invalid origins: …` for a bad one. */
export function parseOriginsParam(value: string): string[] {
  return parseParam(embedParams.origins, value);
}

/**
 * Resolves the allow-list: `fixed` (set when building) is authoritative and the URL may only narrow
 * it; without it the URL's list is used; with neither, only the app's own origin is allowed.
 */
export function resolveOrigins(fromUrl: readonly string[] | null, fixed: readonly string[] | null, own: string): string[] {
  const ownList = own && own !== 'null' ? [own] : [];
  if (fixed && fixed.length) return fromUrl ? fromUrl.filter((o) => fixed.includes(o) || fixed.includes('*')) : [...fixed];
  return fromUrl ? [...fromUrl] : ownList;
}

/** Parses the embed parameters of a query string; each bad one warns and keeps its default. */
export function parseEmbedOptions(search: string, own: string, fixedOrigins: readonly string[] | null = null): ParsedEmbedOptions {
  const { values, warnings } = readParams(search, embedParams);
  const options: EmbedOptions = {
    embed: values.embed ?? false,
    controls: values.controls ?? new Set(DEFAULT_EMBED_CONTROLS),
    autoplay: values.autoplay ?? false,
    import: values.import ?? false,
    origins: resolveOrigins(values.origins ?? null, fixedOrigins, own),
  };
  return { options, warnings };
}

/** Whether the page may import files: always in the full view; in an embed only with `import=1`. */
export function importAllowed(o: Pick<EmbedOptions, 'embed' | 'import'>): boolean {
  return !o.embed || o.import;
}

/** Writes embed options as query parameters (defaults omitted) onto `params`. */
export function writeEmbedOptions(
  params: URLSearchParams,
  o: Pick<EmbedOptions, 'controls' | 'autoplay'> & { origins?: readonly string[] },
): URLSearchParams {
  params.set('embed', '1');
  const list = EMBED_CONTROLS.filter((c) => o.controls.has(c));
  const dflt = EMBED_CONTROLS.filter((c) => DEFAULT_EMBED_CONTROLS.includes(c));
  if (list.join(',') !== dflt.join(',')) params.set('controls', list.join(','));
  else params.delete('controls');
  if (o.autoplay) params.set('autoplay', '1');
  else params.delete('autoplay');
  if (o.origins?.length) params.set('origins', o.origins.join(','));
  return params;
}
