/**
 * The time window as a d3 brush, with a grip on top that moves it. Dragging anywhere draws a new
 * window (the selection itself takes no pointer events, so a window that fills the view can still
 * be redrawn); a click centres the window on the clicked day; the grip moves it. While a pointer
 * moves, the store is updated at most once per animation frame; at the end the window snaps to
 * whole days so links and readouts are exact. Until d3's brush and drag are attached (they load on
 * demand, `lazyGestures.ts`), the window is drawn as the brush would draw it.
 */
import type { D3BrushEvent } from 'd3-brush';
import type { D3DragEvent } from 'd3-drag';
import type { Selection } from 'd3-selection';
import { clampWindow } from '../../calendar/window';
import type { AppStore } from '../../state/appStore';
import type { Lang } from '../../i18n/langs';
import { t } from '../../i18n/strings';
import { M, dayAt, xDay, type Frame, type G } from './frame';
import { windowCommit } from './windowCommit';
import type { GestureLib } from './lazyGestures';
import { lazyBrush } from './lazyBrush';

export interface WindowBrushOptions {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** The group the brush draws into. */
  g: G;
  /** The grip rectangle (above the marks, so it is created by the caller in z-order). */
  grip: Selection<SVGRectElement, unknown, null, undefined>;
  store: AppStore;
  /** The current frame (it changes with zoom and resize). */
  frame(): Frame;
}

export interface WindowBrush {
  /** Fits the brush to a new SVG width and (re)binds it. */
  layout(width: number): void;
  /** Moves brush and grip to the store's window, clamped to the visible range. */
  place(): void;
  /** Sets the grip's tooltip language. */
  setLang(lang: Lang): void;
  /** Attaches d3's brush and drag (see `lazyGestures.ts`). */
  attach(lib: GestureLib): void;
  destroy(): void;
}

function pointerX(ev: Event, svg: SVGSVGElement): [number, number] {
  const me = ev as MouseEvent;
  const r = svg.getBoundingClientRect();
  return [me.clientX - r.left, me.clientY - r.top];
}

/** Creates the brush and the grip's drag behaviour. */
export function windowBrush(o: WindowBrushOptions): WindowBrush {
  const { store, grip } = o;
  const bounds = store.getState().time.bounds;
  const gripTitle = grip.append('title');
  const commits = windowCommit(store);
  const dayAtPx = (px: number): number => dayAt(o.frame(), px);

  const place = (): void => {
    const f = o.frame();
    const w = store.getState().time.window;
    const lo = M.left;
    const hi = f.width - M.right;
    // Clamp to the visible range; a window wholly off-screen collapses onto the nearer edge.
    const a = Math.min(hi, Math.max(lo, xDay(f, w.start)));
    const b = Math.max(a, Math.min(hi, xDay(f, w.end)));
    brush.move([a, b]);
    grip
      .attr('x', a)
      .attr('width', Math.max(0, b - a))
      .attr('display', b - a >= 1 ? null : 'none');
  };

  const onBrush = (ev: D3BrushEvent<unknown>): void => {
    if (!ev.sourceEvent) return;
    const sel = ev.selection as [number, number] | null;
    if (ev.type === 'end') {
      const w = store.getState().time.window;
      if (!sel) {
        // A click places the window (same width) centred on the clicked day.
        const [px] = pointerX(ev.sourceEvent as Event, o.svg.node() as SVGSVGElement);
        const mid = dayAtPx(px);
        const half = (w.end - w.start) / 2;
        store.getState().setWindow({ start: Math.round(mid - half), end: Math.round(mid - half) + Math.round(w.end - w.start) });
      } else {
        // Snap to whole days once the drag is over so links and readouts are exact.
        const s0 = Math.round(dayAtPx(sel[0]));
        const s1 = Math.max(s0 + 1, Math.round(dayAtPx(sel[1])));
        commits.take();
        store.getState().setWindow({ start: s0, end: s1 });
      }
      place();
      return;
    }
    if (!sel) return;
    // One store update per animation frame however fast the pointer moves.
    commits.queue({ start: dayAtPx(sel[0]), end: dayAtPx(sel[1]) });
  };
  const brush = lazyBrush(o.g, onBrush);

  const attach = (lib: GestureLib): void => {
    brush.attach(lib);
    grip.call(
      lib
        .drag<SVGRectElement, unknown>()
        .on('start', () => store.getState().setPlaying(false))
        .on('drag', (ev: D3DragEvent<SVGRectElement, unknown, unknown>) => {
          const w = commits.pending() ?? store.getState().time.window;
          const shift = dayAtPx(M.left + ev.dx) - dayAtPx(M.left);
          commits.queue(clampWindow({ start: w.start + shift, end: w.end + shift }, bounds));
        })
        .on('end', () => {
          const w = commits.take() ?? store.getState().time.window;
          const start = Math.round(w.start);
          store.getState().setWindow({ start, end: start + Math.round(w.end - w.start) });
        }),
    );
    place();
  };

  return {
    layout: (width) => {
      brush.setExtent([
        [M.left, M.bandTop],
        [width - M.right, o.frame().height - M.axis],
      ]);
    },
    attach,
    place,
    setLang: (lang) => gripTitle.text(t(lang, 'gripTitle')),
    destroy: () => {
      commits.take();
    },
  };
}
