/**
 * Embed options carried in the URL next to the view state (`?embed=1&controls=timeline,legend&autoplay=1`).
 * Normalised once, at the edge, by small functions that throw `invalid <name>: <value>`.
 */

/** Pieces of chrome an embed can show. The map itself is always shown. */
export type EmbedControl = 'timeline' | 'legend' | 'list' | 'play' | 'nav' | 'link';
export const EMBED_CONTROLS: readonly EmbedControl[] = ['timeline', 'legend', 'list', 'play', 'nav', 'link'];
/** What an embed shows when `controls` is not given. */
export const DEFAULT_EMBED_CONTROLS: readonly EmbedControl[] = ['timeline', 'legend', 'play', 'nav', 'link'];

/** URL parameters this module owns (the view parameters belong to `store/urlState`). */
export const EMBED_PARAMS = ['embed', 'controls', 'autoplay', 'origins'] as const;

export interface EmbedOptions {
  embed: boolean;
  controls: ReadonlySet<EmbedControl>;
  autoplay: boolean;
  /** Origins allowed to send commands and receive events; `*` allows any (not recommended). */
  origins: readonly string[];
}

export interface ParsedEmbedOptions {
  options: EmbedOptions;
  warnings: string[];
}

/** `1`/`0`/empty (present = on) → boolean. */
export function parseFlagParam(name: string, value: string): boolean {
  if (value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`invalid ${name}: ${JSON.stringify(value)}`);
}

/** Comma list of controls → set; unknown names are an error, empty means none. */
export function parseControlsParam(value: string): Set<EmbedControl> {
  const out = new Set<EmbedControl>();
  for (const c of value === '' ? [] : value.split(',')) {
    if (!(EMBED_CONTROLS as readonly string[]).includes(c)) throw new Error(`invalid controls: ${JSON.stringify(c)}`);
    out.add(c as EmbedControl);
  }
  return out;
}

/** A web origin (`https://host[:port]`) or `*`; paths, credentials and other schemes are rejected. */
export function parseOrigin(value: string): string {
  if (value === '*') return value;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new Error(`invalid origins: ${JSON.stringify(value)}`);
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password || u.origin !== value.replace(/\/$/, '')) {
    throw new Error(`invalid origins: ${JSON.stringify(value)}`);
  }
  return u.origin;
}

/** Comma list of origins → de-duplicated list. */
export function parseOriginsParam(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .filter((v) => v !== '')
        .map(parseOrigin),
    ),
  ];
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
  const p = new URLSearchParams(search);
  const warnings: string[] = [];
  const attempt = <T>(name: string, parse: (v: string) => T, fallback: T): T => {
    const v = p.get(name);
    if (v === null) return fallback;
    try {
      return parse(v);
    } catch (e) {
      warnings.push(e instanceof Error ? e.message : `invalid ${name}`);
      return fallback;
    }
  };
  const embed = attempt('embed', (v) => parseFlagParam('embed', v), false);
  const controls = attempt<Set<EmbedControl>>('controls', parseControlsParam, new Set(DEFAULT_EMBED_CONTROLS));
  const autoplay = attempt('autoplay', (v) => parseFlagParam('autoplay', v), false);
  const urlOrigins = attempt<string[] | null>('origins', parseOriginsParam, null);
  return { options: { embed, controls, autoplay, origins: resolveOrigins(urlOrigins, fixedOrigins, own) }, warnings };
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
