/** Mounts the registry's overlays on a map that shows the base style. */
import type { AppStore } from '../state/appStore';
import { baseLayers } from '../style/style';
import { restyle } from './defineOverlay';
import type { AnyOverlay, OverlayContext, OverlayMap } from './overlay';

/** Mounts `overlays` in order; the base style's labels follow the language too. The teardown undoes it all, in reverse. */
export function mountOverlays(map: OverlayMap, store: AppStore, ctx: OverlayContext, overlays: readonly AnyOverlay[]): () => void {
  const teardowns = overlays.map((o) => o.add(map, store, ctx));
  let base = baseLayers(ctx.theme, store.getState().view.lang);
  const unsubLang = store.subscribe(
    (s) => s.view.lang,
    (lang) => {
      const next = baseLayers(ctx.theme, lang);
      restyle(map, base, next);
      base = next;
    },
  );
  return () => {
    unsubLang();
    for (const t of teardowns.reverse()) t();
  };
}
