/**
 * The map side of the host-page API: listens for commands from allowed origins, acts on validated
 * ones through store actions (camera moves through the map), and posts events to the host.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { dayNumberToIsoDay } from '../calendar/dates';
import { watch, type AppStore } from '../state/appStore';
import { parseDayParam } from '../state/url/urlState';
import { datawrapperHeightMessage, flourishHeightMessage, frameId } from './heightMessages';
import { eventMessage, originAllowed, PROTOCOL_VERSION, validateHostMessage, type HostCommand, type MapEvent } from './protocol';

export interface HostApiOptions {
  store: AppStore;
  map: MlMap;
  win: Window;
  /** Origins allowed to command the map and to receive its events. */
  origins: readonly string[];
  /** Element whose size is reported in `resize` events. */
  measure: HTMLElement;
}

const MAX_WARNINGS = 20;

const lastDay = (end: number): string => dayNumberToIsoDay(Math.max(0, Math.ceil(end) - 1));

/** Applies one validated command; an unknown event id is refused (with a warning), never guessed. */
export function applyCommand(store: AppStore, map: MlMap, c: HostCommand): string | null {
  const s = store.getState();
  switch (c.command) {
    case 'setWindow': {
      const a = parseDayParam('from', c.from, s.time.bounds);
      const b = parseDayParam('to', c.to, s.time.bounds);
      s.setWindow({ start: a, end: b + 1 });
      return null;
    }
    case 'select':
      if (c.id !== null && !s.data.dataset?.events.some((e) => e.id === c.id)) return `select: no event ${JSON.stringify(c.id)}`;
      s.select(c.id);
      return null;
    case 'flyTo':
      map.flyTo({
        center: c.center,
        zoom: c.zoom ?? map.getZoom(),
        bearing: c.bearing ?? map.getBearing(),
        pitch: c.pitch ?? map.getPitch(),
        duration: c.duration ?? 1200,
        essential: true,
      });
      return null;
    case 'play':
      if (c.speed !== undefined) s.setSpeed(c.speed);
      if (c.mode !== undefined) s.setMode(c.mode);
      s.setPlaying(true);
      return null;
    case 'pause':
      s.setPlaying(false);
      return null;
    case 'setLayers':
      for (const [id, on] of Object.entries(c.layers)) store.getState().setLayer(id as keyof typeof c.layers, on === true);
      return null;
  }
}

/** Starts the API; returns its teardown (every listener and observer is removed). */
export function startHostApi(o: HostApiOptions): () => void {
  const { store, map, win } = o;
  let warnings = 0;
  const warn = (msg: string): void => {
    warnings++;
    if (warnings <= MAX_WARNINGS) console.warn(`Frontier Map host API: ignored message — ${msg}`);
    else if (warnings === MAX_WARNINGS + 1) console.warn('Frontier Map host API: further ignored messages are not logged');
  };
  const post = (e: MapEvent): void => {
    if (win.parent === win) return;
    const msg = eventMessage(e);
    // One post per allowed origin: the browser drops it unless the host really is that origin.
    for (const origin of o.origins) win.parent.postMessage(msg, origin);
  };

  /**
   * True while a host command is applied. A selection the host made is not echoed back: a `select`
   * event in reply would tell the host which ids exist (an unknown id is refused silently).
   */
  let applyingHostCommand = false;
  const onMessage = (ev: MessageEvent): void => {
    if (!originAllowed(ev.origin, o.origins)) return warn(`origin ${JSON.stringify(ev.origin)} is not allowed`);
    const v = validateHostMessage(ev.data, store.getState().time.bounds);
    if (!v.ok) return warn(v.reason);
    applyingHostCommand = true;
    try {
      const refused = applyCommand(store, map, v.command);
      if (refused) warn(refused);
    } catch (e) {
      warn(e instanceof Error ? e.message : String(e));
    } finally {
      applyingHostCommand = false;
    }
  };
  win.addEventListener('message', onMessage);

  let timer = 0;
  const sendWindow = (): void => {
    timer = 0;
    const w = store.getState().time.window;
    post({ event: 'windowchange', from: dayNumberToIsoDay(Math.floor(w.start)), to: lastDay(w.end) });
  };
  const unWindow = watch(
    store,
    (s) => [s.time.window] as const,
    () => {
      if (!timer) timer = win.setTimeout(sendWindow, 100);
    },
  );
  const unSelect = watch(
    store,
    (s) => [s.selection.selectedId] as const,
    () => {
      if (!applyingHostCommand) post({ event: 'select', id: store.getState().selection.selectedId });
    },
  );

  let lastSize = '';
  const sendSize = (): void => {
    const r = o.measure.getBoundingClientRect();
    const size = { width: Math.round(r.width), height: Math.ceil(Math.max(r.height, o.measure.scrollHeight)) };
    const key = `${size.width}x${size.height}`;
    if (key === lastSize) return;
    lastSize = key;
    post({ event: 'resize', ...size });
    // The same height in the formats Datawrapper- and Flourish-style host scripts already listen for.
    if (win.parent === win) return;
    const messages = [datawrapperHeightMessage(frameId(win.name), size.height), flourishHeightMessage(size.height, win.location.href)];
    for (const m of messages) for (const origin of o.origins) win.parent.postMessage(m, origin);
  };
  const ro = new ResizeObserver(sendSize);
  ro.observe(o.measure);

  const s = store.getState();
  post({
    event: 'ready',
    version: PROTOCOL_VERSION,
    from: dayNumberToIsoDay(Math.floor(s.time.window.start)),
    to: lastDay(s.time.window.end),
    selected: s.selection.selectedId,
    layers: { ...s.view.layers },
  });
  sendSize();

  return () => {
    win.removeEventListener('message', onMessage);
    unWindow();
    unSelect();
    ro.disconnect();
    if (timer) win.clearTimeout(timer);
  };
}
