/**
 * Wires embedding, sharing, export and briefings into the app in two calls from `main.ts`:
 * `prepareEmbed` before the views mount (embed layout, the Share / Export / Briefing buttons) and
 * `start` once the map exists (host-page API, full-map link, autoplay, export, presenter).
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Dataset } from '../model/types';
import type { AppStore } from '../state/appStore';
import { createBriefingButton } from '../briefing/briefingButton';
import { applyEmbedLayout, mountFullMapLink } from './embedMode';
import { importAllowed, parseEmbedOptions, parseOriginsParam, type EmbedOptions } from './embedOptions';
import { createExportButton } from '../slide/exportButton';
import { startHostApiOnDemand } from '../host-api/hostApiOnDemand';
import { createShareButton } from '../share/shareButton';
import './embed.css';

export interface EmbedTools {
  options: EmbedOptions;
  /** Whether files may be imported here (the full view, or an embed with `import=1`). */
  importing: boolean;
  /** Buttons for the top bar. */
  topbarActions: HTMLElement[];
  start(ctx: { map: MlMap; dataset: Dataset; mapParent: HTMLElement; measure: HTMLElement }): () => void;
  /** Resolves once what the boot URL asked for is on show (a briefing step loads its presenter first). */
  settled(): Promise<void>;
}

/** Origins fixed when building (`VITE_FRONTIER_ALLOWED_ORIGINS=https://a.org,https://b.org`); URLs may only narrow them. */
function fixedOrigins(): string[] | null {
  const v = import.meta.env.VITE_FRONTIER_ALLOWED_ORIGINS;
  if (!v) return null;
  try {
    return parseOriginsParam(v);
  } catch (e) {
    console.warn(`Frontier Map: VITE_FRONTIER_ALLOWED_ORIGINS ignored — ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** Reads the embed options from the URL and sets up the layout and buttons. */
export function prepareEmbed(store: AppStore, win: Window): EmbedTools {
  const { options, warnings } = parseEmbedOptions(win.location.search, win.location.origin, fixedOrigins());
  for (const w of warnings) console.warn(`Frontier Map: ignoring URL parameter — ${w}`);
  applyEmbedLayout(win.document, options);
  const share = createShareButton(store, win);
  const exporter = createExportButton(store);
  // The presenter's deck buttons run in the export dialog (views do not import each other; this module wires them).
  const presenter = createBriefingButton(store, win, { onExport: (b, format) => exporter.exportBriefing(b, format) });
  let settled: Promise<void> = Promise.resolve();
  return {
    options,
    importing: importAllowed(options),
    topbarActions: [presenter.button, share, exporter.button],
    start({ map, dataset, mapParent, measure }) {
      const teardowns: Array<() => void> = [];
      exporter.attach(map);
      settled = presenter.attach(map, dataset, mapParent);
      if (options.embed && options.controls.has('link')) teardowns.push(mountFullMapLink(mapParent, store, win));
      if (options.embed && options.autoplay) store.getState().setPlaying(true);
      teardowns.push(startHostApiOnDemand({ store, map, win, origins: options.origins, measure }));
      return () => {
        for (const t of teardowns.splice(0)) t();
      };
    },
    settled: () => settled,
  };
}
