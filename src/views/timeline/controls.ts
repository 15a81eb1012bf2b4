/**
 * Timeline controls (play/pause, speed, mode, context, previous/next) and the window readout,
 * announced to screen readers. Keyboard: ←/→ move the window (Shift: a whole window), Space
 * plays/pauses, Home/End jump to the ends, [ and ] step between events.
 */
import type { AppStore, Lang } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { SPEEDS } from '../../state/appStore';
import { readoutText } from './readout';
import { shiftWindow, stepDays } from '../../calendar/window';
import { t, type StringKey } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';
import { stepEvent } from './eventStepper';
import { eventCountInWindow, eventTotalInWindow, filtersOn } from '../../state/selectors';

const SPEED_KEYS: Record<number, StringKey> = { 1: 'day', 7: 'week', 30: 'month', 90: 'quarter', 365: 'year' };

function isTextTarget(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

/** Handles a timeline key; returns true when it did something. Exported for the embed view. */
export function handleTimelineKey(store: AppStore, ev: KeyboardEvent): boolean {
  const s = store.getState();
  const w = s.time.window;
  const b = s.time.bounds;
  switch (ev.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const d = stepDays(w, ev.shiftKey) * (ev.key === 'ArrowLeft' ? -1 : 1);
      s.setWindow(shiftWindow(w, d, b));
      return true;
    }
    case 'Home':
      s.setWindow({ start: b.start, end: b.start + (w.end - w.start) });
      return true;
    case 'End':
      s.setWindow({ start: b.end - (w.end - w.start), end: b.end });
      return true;
    case ' ':
      s.setPlaying(!s.time.playing);
      return true;
    case ']':
      stepEvent(store, 1);
      return true;
    case '[':
      stepEvent(store, -1);
      return true;
    default:
      return false;
  }
}

/** Mounts the controls into `root`; returns its teardown. */
export function mountTimelineControls(root: HTMLElement, store: AppStore, keyScope: HTMLElement | Document = document): () => void {
  const readout = h('output', { class: 'tl-readout', 'aria-live': 'polite', 'data-testid': 'window-readout' });
  const play = h('button', { class: 'tl-play', 'data-testid': 'play' });
  const prev = h('button', { class: 'tl-prev', 'data-testid': 'prev-event', text: '◀ |' });
  const next = h('button', { class: 'tl-next', 'data-testid': 'next-event', text: '| ▶' });
  const speed = h('select', { class: 'tl-speed', 'data-testid': 'speed' });
  const mode = h('select', { class: 'tl-mode', 'data-testid': 'mode' });
  const ctx = h('input', { type: 'checkbox', class: 'tl-context', 'data-testid': 'context' });
  const speedLabel = h('label', {});
  const modeLabel = h('label', {});
  const ctxLabel = h('label', { class: 'toggle' });

  play.addEventListener('click', () => store.getState().setPlaying(!store.getState().time.playing));
  prev.addEventListener('click', () => stepEvent(store, -1));
  next.addEventListener('click', () => stepEvent(store, 1));
  speed.addEventListener('change', () => store.getState().setSpeed(Number(speed.value)));
  mode.addEventListener('change', () => store.getState().setMode(mode.value === 'cumulative' ? 'cumulative' : 'window'));
  ctx.addEventListener('change', () => store.getState().setShowContext(ctx.checked));

  const labels = (lang: Lang): void => {
    prev.setAttribute('aria-label', `${t(lang, 'prevEvent')} ([)`);
    prev.title = `${t(lang, 'prevEvent')} ([)`;
    next.setAttribute('aria-label', `${t(lang, 'nextEvent')} (])`);
    next.title = `${t(lang, 'nextEvent')} (])`;
    clear(speed);
    for (const v of SPEEDS) speed.append(h('option', { value: v, text: `${t(lang, SPEED_KEYS[v] ?? 'day')} / s` }));
    clear(mode);
    mode.append(
      h('option', { value: 'window', text: t(lang, 'modeWindow') }),
      h('option', { value: 'cumulative', text: t(lang, 'modeCumulative') }),
    );
    clear(speedLabel);
    speedLabel.append(`${t(lang, 'speed')} `, speed);
    clear(modeLabel);
    modeLabel.append(`${t(lang, 'mode')} `, mode);
    clear(ctxLabel);
    ctxLabel.append(ctx, ` ${t(lang, 'showContext')}`);
  };

  const render = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    const playing = s.time.playing;
    play.textContent = playing ? '❚❚' : '▶';
    play.setAttribute('aria-label', `${t(lang, playing ? 'pause' : 'play')} (Space)`);
    play.setAttribute('aria-pressed', String(playing));
    play.title = `${t(lang, playing ? 'pause' : 'play')} (Space)`;
    speed.value = String(s.time.speed);
    mode.value = s.time.mode;
    ctx.checked = s.time.showContext;
    // Curated events plus any bulk import's points in the window (counted as the GPU draws them);
    // with filters on, "X of Y events".
    const n = eventCountInWindow(s);
    readout.textContent = readoutText(s.time.window, n, lang, filtersOn(s) ? eventTotalInWindow(s) : null);
  };

  const onKey = (ev: Event): void => {
    const kev = ev as KeyboardEvent;
    if (kev.altKey || kev.ctrlKey || kev.metaKey || isTextTarget(kev.target)) return;
    // Space on a focused button or checkbox activates it; don't also toggle playback.
    if (kev.key === ' ' && kev.target instanceof HTMLElement && kev.target.closest('button, a, summary, [role="dialog"]')) return;
    if (
      (kev.key === 'ArrowLeft' || kev.key === 'ArrowRight') &&
      kev.target instanceof HTMLElement &&
      kev.target.closest('.maplibregl-canvas-container, .article-text')
    )
      return;
    if (handleTimelineKey(store, kev)) kev.preventDefault();
  };
  keyScope.addEventListener('keydown', onKey);

  root.append(h('div', { class: 'tl-controls' }, prev, play, next, speedLabel, modeLabel, ctxLabel, readout));
  let lastLang: Lang | null = null;
  const full = (): void => {
    const lang = store.getState().view.lang;
    if (lang !== lastLang) labels(lang);
    lastLang = lang;
    render();
  };
  full();
  const unsub = watch(store, (s) => [s.time, s.view.lang, s.data.dataset, s.data.bulk, s.filters, s.analysis.measuredBulk] as const, full);
  return () => {
    unsub();
    keyScope.removeEventListener('keydown', onKey);
    clear(root);
  };
}
