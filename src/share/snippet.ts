/** Permalink, embed URL and `<iframe>` snippet for the current view. Pure string building. */
import { writeEmbedOptions, type EmbedControl } from '../embed/embedOptions';
import { permalink } from './permalink';

export { permalink };

/** How the iframe is sized: a responsive aspect ratio, full width at a fixed height, or fixed pixels. */
export type Sizing =
  { kind: 'ratio'; w: number; h: number } | { kind: 'height'; height: number } | { kind: 'fixed'; width: number; height: number };

export interface EmbedChoice {
  controls: ReadonlySet<EmbedControl>;
  autoplay: boolean;
}

/** The embed URL for the same view with the chosen controls. */
export function embedUrl(pageUrl: string, choice: EmbedChoice): string {
  const u = new URL(permalink(pageUrl));
  writeEmbedOptions(u.searchParams, choice);
  return u.toString();
}

/** Escapes text for use inside a double-quoted HTML attribute. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const positive = (n: number, name: string): number => {
  if (!Number.isFinite(n) || n <= 0 || n > 20_000) throw new Error(`invalid ${name}: ${n}`);
  return Math.round(n * 100) / 100;
};

/** The `<iframe>` snippet; responsive sizes use CSS `aspect-ratio`, so no wrapper or script is needed. */
export function iframeSnippet(url: string, sizing: Sizing, title = 'Map of the Tajikistan–Afghanistan frontier'): string {
  const common = `src="${escapeAttr(url)}" title="${escapeAttr(title)}" loading="lazy" referrerpolicy="no-referrer"`;
  switch (sizing.kind) {
    case 'ratio':
      return `<iframe ${common} style="width:100%;aspect-ratio:${positive(sizing.w, 'ratio')}/${positive(sizing.h, 'ratio')};border:0"></iframe>`;
    case 'height':
      return `<iframe ${common} style="width:100%;height:${positive(sizing.height, 'height')}px;border:0"></iframe>`;
    case 'fixed':
      return `<iframe ${common} width="${positive(sizing.width, 'width')}" height="${positive(sizing.height, 'height')}" style="border:0;max-width:100%"></iframe>`;
  }
}

/** Parses the dialog's size field: `16:9`, `4:3`, `600` (height in px) or `800x600`. */
export function parseSizing(value: string): Sizing {
  const v = value.trim();
  let m = /^(\d+(?:\.\d+)?)\s*[:/]\s*(\d+(?:\.\d+)?)$/.exec(v);
  if (m) return { kind: 'ratio', w: positive(Number(m[1]), 'ratio'), h: positive(Number(m[2]), 'ratio') };
  m = /^(\d+)\s*[x×]\s*(\d+)$/.exec(v);
  if (m) return { kind: 'fixed', width: positive(Number(m[1]), 'width'), height: positive(Number(m[2]), 'height') };
  m = /^(\d+)(?:px)?$/.exec(v);
  if (m) return { kind: 'height', height: positive(Number(m[1]), 'height') };
  throw new Error(`invalid size: ${JSON.stringify(value)}`);
}
