/**
 * The source panel as a bottom sheet on a phone: a handle at its top that drags it up or down
 * (pointer events: mouse, pen, touch), or by keyboard (↑/↓ resize, Enter or Space toggles between
 * half and full height). The height is a fraction of the map area, set as a CSS variable; CSS
 * shows the handle and uses the variable only in the phone layout.
 */
import type { Lang } from '../../i18n/langs';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';

export interface BottomSheet {
  /** The handle; the panel puts it first each time it renders. */
  handle: HTMLButtonElement;
  setLang(lang: Lang): void;
}

const MIN = 0.25;
const MAX = 1;
const HALF = 0.5;
const STEP = 0.1;

/** Makes `panel` (absolutely placed in its offset parent) resizable from its handle. */
export function bottomSheet(panel: HTMLElement): BottomSheet {
  const handle = h('button', { type: 'button', class: 'sheet-handle', 'data-testid': 'sheet-handle' });
  handle.append(h('span', { class: 'sheet-grip', 'aria-hidden': 'true' }));
  let frac = HALF;
  const set = (f: number): void => {
    frac = Math.min(MAX, Math.max(MIN, f));
    panel.style.setProperty('--sheet-frac', frac.toFixed(3));
    handle.setAttribute('aria-expanded', String(frac > HALF + 0.01));
  };
  set(HALF);
  let startY = 0;
  let moved = false;
  handle.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    handle.setPointerCapture(ev.pointerId);
    startY = ev.clientY;
    moved = false;
  });
  handle.addEventListener('pointermove', (ev) => {
    if (!handle.hasPointerCapture(ev.pointerId)) return;
    if (Math.abs(ev.clientY - startY) > 4) moved = true;
    if (!moved) return;
    const area = (panel.offsetParent ?? panel.parentElement)?.getBoundingClientRect();
    if (area && area.height > 0) set((area.bottom - ev.clientY) / area.height);
  });
  const end = (ev: PointerEvent): void => {
    if (handle.hasPointerCapture(ev.pointerId)) handle.releasePointerCapture(ev.pointerId);
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  // A tap (or Enter/Space) toggles half ↔ full; the click after a drag is not a tap.
  handle.addEventListener('click', () => {
    if (moved) {
      moved = false;
      return;
    }
    set(frac > HALF + 0.01 ? HALF : MAX);
  });
  handle.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown') return;
    ev.preventDefault();
    ev.stopPropagation();
    set(frac + (ev.key === 'ArrowUp' ? STEP : -STEP));
  });
  return {
    handle,
    setLang: (lang) => {
      handle.setAttribute('aria-label', t(lang, 'sheetHandle'));
      handle.title = t(lang, 'sheetHandle');
    },
  };
}
