/**
 * Loads the timeline's pointer gestures (`gestures.ts`, through `load`) at the first sign of use — a pointer over
 * the timeline, a touch, a wheel, focus — or when the app asks (once the map is idle), whichever
 * comes first. Until they are attached, the mouse, touch and wheel events the gestures would have
 * handled are kept and then replayed to them in order, so a drag begun while they load is not lost.
 */
import type * as Gestures from './gestures';

export type GestureLib = typeof Gestures;

export interface LazyGestures {
  /**
   * Starts the load (once); resolves when the gestures are attached and the kept events replayed.
   * `quiet`: ahead of any use (after the first idle), so a failure is not reported; the next sign
   * of use tries again, reported.
   */
  load(quiet?: boolean): Promise<void>;
  destroy(): void;
}

export interface LazyGesturesOptions {
  /** Fetches the behaviours; a failure is reported to the user unless `quiet` (a load nobody asked for yet). */
  load(quiet: boolean): Promise<GestureLib>;
  /** Attaches the behaviours; called once, before the replay. */
  attach(lib: GestureLib): void;
  /** Around the replay: the timeline treats it as one pointer gesture. */
  replaying?(on: boolean): void;
}

/** The events the behaviours listen to on the timeline itself… */
const ON_HOST = ['mousedown', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'wheel'] as const;
/** …and on the window, while a mouse button pressed on the timeline is down. */
const ON_WINDOW = ['mousemove', 'mouseup'] as const;
const INTENT = ['pointerover', 'pointerdown', 'focusin'] as const;

interface Kept {
  event: Event;
  /** Where it goes again: the window, or the element under the pointer once the gestures are drawn. */
  on: 'window' | 'point';
}

/** Where `e` happened, in client coordinates. */
function pointOf(e: Event): { x: number; y: number } | null {
  if (typeof TouchEvent !== 'undefined' && e instanceof TouchEvent) {
    const t = e.changedTouches[0];
    return t ? { x: t.clientX, y: t.clientY } : null;
  }
  return e instanceof MouseEvent ? { x: e.clientX, y: e.clientY } : null;
}

/** A copy of `e` that can be dispatched again (an event is dispatched once). */
function copyOf(e: Event): Event {
  if (typeof TouchEvent !== 'undefined' && e instanceof TouchEvent) {
    return new TouchEvent(e.type, {
      bubbles: e.bubbles,
      cancelable: e.cancelable,
      composed: e.composed,
      view: e.view,
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      touches: Array.from(e.touches),
      targetTouches: Array.from(e.targetTouches),
      changedTouches: Array.from(e.changedTouches),
    });
  }
  // An event is a valid init dictionary for its own type: its getters supply every field.
  if (e instanceof WheelEvent) return new WheelEvent(e.type, e);
  if (e instanceof MouseEvent) return new MouseEvent(e.type, e);
  return new Event(e.type, e);
}

/** Watches `host` (the timeline's container) and loads the gestures on demand. */
export function lazyGestures(host: HTMLElement, o: LazyGesturesOptions): LazyGestures {
  const kept: Kept[] = [];
  let pressed = false;
  let loading: Promise<void> | null = null;
  let attached = false;

  const keepOnHost = (e: Event): void => {
    if (attached) return;
    // The zoom prevents the page from scrolling under a wheel; so does its stand-in.
    if (e.type === 'wheel') e.preventDefault();
    if (e.type === 'mousedown') pressed = true;
    kept.push({ event: e, on: 'point' });
    void load().catch(() => undefined);
  };
  const keepOnWindow = (e: Event): void => {
    if (attached || !pressed) return;
    if (e.type === 'mouseup') pressed = false;
    // To the window, where the behaviours listen during a drag, not to whatever is under the pointer.
    kept.push({ event: e, on: 'window' });
  };
  const intent = (): void => void load().catch(() => undefined);

  const stopWatching = (): void => {
    for (const t of ON_HOST) host.removeEventListener(t, keepOnHost, true);
    for (const t of ON_WINDOW) window.removeEventListener(t, keepOnWindow, true);
    for (const t of INTENT) host.removeEventListener(t, intent, true);
  };
  for (const t of ON_HOST) host.addEventListener(t, keepOnHost, { capture: true, passive: t !== 'wheel' });
  for (const t of ON_WINDOW) window.addEventListener(t, keepOnWindow, true);
  for (const t of INTENT) host.addEventListener(t, intent, true);

  /** Replays what was kept; a touch still down goes on being sent where its replayed start went. */
  const replay = (events: Kept[]): void => {
    o.replaying?.(true);
    // The element under the pointer now (the brush's overlay, say: it did not exist before); the
    // rest of a touch goes where its start went, as the browser would send it.
    let touchTarget: EventTarget = host;
    let touchOrigin: EventTarget | null = null;
    let last: Event | null = null;
    for (const k of events) {
      const p = pointOf(k.event);
      const under = (p && document.elementFromPoint(p.x, p.y)) || host;
      const continuing = k.event.type.startsWith('touch') && k.event.type !== 'touchstart';
      if (k.event.type === 'touchstart') [touchTarget, touchOrigin] = [under, k.event.target];
      const target = k.on === 'window' ? window : continuing ? touchTarget : under;
      target.dispatchEvent(copyOf(k.event));
      last = k.event;
    }
    o.replaying?.(false);
    // The browser keeps sending a touch to the element it began on (perhaps the stand-in, now gone).
    if (touchOrigin && typeof TouchEvent !== 'undefined' && last instanceof TouchEvent && last.touches.length > 0)
      forwardTouch(touchOrigin, touchTarget);
  };

  const forwardTouch = (from: EventTarget, to: EventTarget): void => {
    // Where the browser's own events reach `to` (the grip, say, there before and after), nothing to add.
    if (from instanceof Node && to instanceof Node && to.contains(from)) return;
    const types = ['touchmove', 'touchend', 'touchcancel'] as const;
    const forward = (e: Event): void => {
      to.dispatchEvent(copyOf(e));
      if (e.type !== 'touchmove' && (e as TouchEvent).touches.length === 0) for (const t of types) from.removeEventListener(t, forward);
    };
    for (const t of types) from.addEventListener(t, forward);
  };

  function load(quiet = false): Promise<void> {
    if (loading) return loading;
    const attempt = o.load(quiet).then((lib) => {
      if (attached) return;
      attached = true;
      stopWatching();
      try {
        o.attach(lib);
      } catch (e) {
        // A bug, not a dropped connection: not retried, and the kept events go nowhere.
        console.error('Frontier Map: the timeline gestures failed to start', e);
        kept.length = 0;
        return;
      }
      const events = kept.splice(0);
      if (events.length) replay(events);
    });
    // A failed fetch (a dropped connection) is tried again at the next sign of use; what was kept is stale by then.
    attempt.catch(() => {
      loading = null;
      kept.length = 0;
      pressed = false;
    });
    loading = attempt;
    return attempt;
  }

  return {
    load,
    destroy: () => {
      attached = true;
      kept.length = 0;
      stopWatching();
    },
  };
}
