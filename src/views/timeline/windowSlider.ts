/**
 * The window's start and end as the two thumbs of a WAI-ARIA multi-thumb slider: focusable
 * `role="slider"` elements over the timeline's SVG, each with its day number (`aria-valuenow`),
 * limits and the date as text in the UI language. Keys as in `sliderKeys.ts`; a pointer (mouse,
 * pen or touch) drags a thumb. Other keys (Space, [ and ]) reach the timeline's own handler.
 */
import { formatDay } from '../../calendar/format';
import type { AppStore } from '../../state/appStore';
import type { TimeWindow } from '../../calendar/window';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';
import { M, dayAt, xDay, type Frame } from './frame';
import { thumbKeyValue, thumbRange, windowWithThumb, type Thumb } from './sliderKeys';

export interface WindowSlider {
  /** Moves the thumbs to the store's window and refreshes their values and labels. */
  place(): void;
  /** Reads the thumb's and the host's widths again (after a resize); `place` never reads layout. */
  measure(): void;
  destroy(): void;
}

const LABEL = { start: 'windowStart', end: 'windowEnd' } as const;

/** Adds the two thumbs to `container` (which holds the SVG at its top-left). */
export function windowSlider(container: HTMLElement, store: AppStore, frame: () => Frame): WindowSlider {
  const bounds = store.getState().time.bounds;
  const thumbs: Record<Thumb, HTMLElement> = {
    start: h('div', {
      class: 'tl-thumb tl-thumb-start',
      role: 'slider',
      tabindex: 0,
      'aria-orientation': 'horizontal',
      'data-testid': 'window-start',
    }),
    end: h('div', {
      class: 'tl-thumb tl-thumb-end',
      role: 'slider',
      tabindex: 0,
      'aria-orientation': 'horizontal',
      'data-testid': 'window-end',
    }),
  };
  const teardowns: Array<() => void> = [];
  let raf = 0;
  let pending: TimeWindow | null = null;
  // Widths read once per layout, not per window change: reading them after the marks' classes were
  // written forced a style and layout pass over every mark on each change.
  let sizes: { thumb: number; host: number } | null = null;
  const measure = (): void => void (sizes = { thumb: thumbs.end.offsetWidth, host: container.clientWidth });

  const place = (): void => {
    const s = store.getState();
    const f = frame();
    const lang = s.view.lang;
    const lo = M.left;
    const hi = f.width - M.right;
    if (!sizes?.thumb) measure();
    const { thumb, host } = sizes!;
    for (const k of ['start', 'end'] as const) {
      const el = thumbs[k];
      el.style.height = `${f.height - M.axis}px`;
      const r = thumbRange(k, s.time.window, bounds);
      // The start thumb sits on the first day's left edge, the end thumb on the last day's right edge.
      const x = xDay(f, k === 'start' ? s.time.window.start : s.time.window.end);
      const clamped = Math.min(hi, Math.max(lo, x));
      el.style.left = `${clamped}px`;
      el.classList.toggle('off-view', clamped !== x);
      // The end thumb reaches right of its edge; where that would leave the chart, it reaches left instead.
      if (k === 'end') el.classList.toggle('inward', clamped + thumb > host);
      el.setAttribute('aria-valuemin', String(r.min));
      el.setAttribute('aria-valuemax', String(r.max));
      el.setAttribute('aria-valuenow', String(r.now));
      el.setAttribute('aria-valuetext', formatDay(r.now, lang));
      el.setAttribute('aria-label', t(lang, LABEL[k]));
      el.title = `${t(lang, LABEL[k])}: ${formatDay(r.now, lang)}`;
    }
  };

  const commit = (): void => {
    raf = 0;
    if (pending) store.getState().setWindow(pending);
    pending = null;
  };

  for (const k of ['start', 'end'] as const) {
    const el = thumbs[k];
    const onKey = (ev: KeyboardEvent): void => {
      if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
      const s = store.getState();
      const value = thumbKeyValue(ev.key, thumbRange(k, s.time.window, bounds));
      if (value === null) return;
      // A slider key moves this thumb only: the timeline's own handler (which moves the whole window) must not see it.
      ev.preventDefault();
      ev.stopPropagation();
      s.setPlaying(false);
      s.setWindow(windowWithThumb(k, value, s.time.window));
    };
    const svgLeft = (): number => (container.querySelector('svg') ?? container).getBoundingClientRect().left;
    const edgeX = (): number => {
      const w = store.getState().time.window;
      return xDay(frame(), k === 'start' ? w.start : w.end);
    };
    // Where on the thumb it was grabbed, so the edge does not jump to the pointer.
    let grab = 0;
    // The edge's day at the pointer: the start thumb's value is that day, the end thumb's the day before its edge.
    const dayUnder = (ev: PointerEvent): number => {
      const px = Math.min(frame().width - M.right, Math.max(M.left, ev.clientX - svgLeft() - grab));
      const day = Math.round(dayAt(frame(), px));
      return k === 'start' ? day : day - 1;
    };
    const onDown = (ev: PointerEvent): void => {
      if (ev.button !== 0) return;
      ev.preventDefault();
      ev.stopPropagation();
      grab = ev.clientX - svgLeft() - edgeX();
      el.setPointerCapture(ev.pointerId);
      el.focus();
      el.classList.add('dragging');
      store.getState().setPlaying(false);
    };
    const onMove = (ev: PointerEvent): void => {
      if (!el.hasPointerCapture(ev.pointerId)) return;
      const s = store.getState();
      const r = thumbRange(k, s.time.window, bounds);
      const value = Math.min(r.max, Math.max(r.min, dayUnder(ev)));
      pending = windowWithThumb(k, value, pending ?? s.time.window);
      if (!raf) raf = requestAnimationFrame(commit);
    };
    const onUp = (ev: PointerEvent): void => {
      if (!el.hasPointerCapture(ev.pointerId)) return;
      el.releasePointerCapture(ev.pointerId);
      el.classList.remove('dragging');
      if (raf) cancelAnimationFrame(raf);
      commit();
    };
    // The wheel zooms the axis over a thumb as over the rest of the chart: hand it to the SVG's zoom.
    const onWheel = (ev: WheelEvent): void => {
      const svg = container.querySelector('svg');
      if (!svg) return;
      ev.preventDefault();
      svg.dispatchEvent(new WheelEvent('wheel', ev));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('keydown', onKey);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    teardowns.push(() => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      el.remove();
    });
    container.append(el);
  }

  place();
  return {
    place,
    measure,
    destroy: () => {
      if (raf) cancelAnimationFrame(raf);
      for (const f of teardowns.splice(0)) f();
    },
  };
}
