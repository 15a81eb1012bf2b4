/** Mirrors URL-able state to `location.search` (replaceState, throttled) and restores it at boot. */
import type { TimeWindow } from '../../calendar/window';
import { watch, type AppStore } from '../appStore';
import { parseUrlState, serialiseUrlState, urlStateOf } from './urlState';
import { filterParams } from '../../filters/apply';

/**
 * Applies the current URL to the store, then keeps the URL updated. A URL without a window opens on
 * `defaultWindow` (the whole range when not given). Reports what was restored.
 */
export function startUrlSync(
  store: AppStore,
  win: Window,
  defaultWindow: TimeWindow = store.getState().time.bounds,
): { camera: boolean; stop: () => void } {
  const bounds = store.getState().time.bounds;
  const params = new URLSearchParams(win.location.search);
  const { state, warnings } = parseUrlState(win.location.search, bounds, defaultWindow);
  for (const w of warnings) console.warn(`Frontier Map: ignoring URL parameter — ${w}`);
  store.getState().applyUrlState(state);
  let timer = 0;
  const write = (): void => {
    timer = 0;
    const u = urlStateOf(store.getState());
    // Keep parameters this module does not own (e.g. embed options) as they are.
    const next = new URLSearchParams(win.location.search);
    for (const k of ['from', 'to', 'sel', 'cam', 'layers', 'lang', 'mode', 'speed', 'ctx', ...filterParams()]) next.delete(k);
    for (const [k, v] of new URLSearchParams(serialiseUrlState(u, bounds, defaultWindow))) next.set(k, v);
    const qs = next.toString();
    const url = `${win.location.pathname}${qs ? `?${qs}` : ''}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(null, '', url);
  };
  const unsub = watch(
    store,
    (s) => [s.time.window, s.selection.selectedId, s.view, s.time.mode, s.time.speed, s.time.showContext, s.filters] as const,
    () => {
      if (!timer) timer = win.setTimeout(write, 200);
    },
  );
  return {
    camera: params.has('cam') && !warnings.some((w) => w.startsWith('invalid cam')),
    stop: () => {
      unsub();
      if (timer) win.clearTimeout(timer);
    },
  };
}
