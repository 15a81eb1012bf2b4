/**
 * The video part of the export dialog: length, speed and size, then "Record video" plays the
 * timeline from the current window and downloads a WebM; a progress bar and Cancel while it runs.
 * The recorder loads on first use.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { SPEEDS, type AppStore, type Lang } from '../state/appStore';
import { t, type StringKey } from '../i18n/strings';
import { h } from '../ui/dom';
import { createJobControls } from '../ui/jobControls';
import { downloadBlob } from './download';

const SPEED_KEYS: Record<number, StringKey> = { 1: 'day', 7: 'week', 30: 'month', 90: 'quarter', 365: 'year' };
export const VIDEO_SIZES = [
  { width: 854, height: 480 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

export interface VideoPanel {
  element: HTMLElement;
  cancel(): void;
  applyLang(): void;
}

export function createVideoPanel(store: AppStore, map: () => MlMap | null): VideoPanel {
  const lang = (): Lang => store.getState().view.lang;
  const heading = h('h3', {});
  const hint = h('p', { class: 'muted small' });
  const seconds = h('input', {
    type: 'number',
    min: 1,
    max: 120,
    step: 1,
    value: 10,
    class: 'share-field',
    'data-testid': 'video-seconds',
  });
  const speed = h('select', { 'data-testid': 'video-speed' });
  const size = h('select', { 'data-testid': 'video-size' });
  for (const [i, sz] of VIDEO_SIZES.entries())
    size.append(h('option', { value: i, text: `${sz.width} × ${sz.height}`, selected: i === 1 }));
  const labels = [document.createTextNode(''), document.createTextNode(''), document.createTextNode('')] as const;
  const go = h('button', { type: 'button', 'data-testid': 'video-go' });
  const jc = createJobControls('video', lang);
  const { progress, status, setStatus } = jc;
  const preview = h('div', { class: 'video-preview', 'data-testid': 'video-preview' });

  const applyLang = (): void => {
    const l = lang();
    heading.textContent = t(l, 'videoHeading');
    hint.textContent = t(l, 'videoHint');
    labels[0].data = `${t(l, 'videoDuration')} `;
    labels[1].data = `${t(l, 'videoSpeed')} `;
    labels[2].data = `${t(l, 'videoSize')} `;
    const chosen = speed.value || String(store.getState().time.speed);
    speed.replaceChildren(...SPEEDS.map((v) => h('option', { value: v, text: `${t(l, SPEED_KEYS[v] ?? 'day')} / s` })));
    speed.value = chosen;
    go.textContent = t(l, 'videoGo');
    jc.applyLang(t(l, 'deckCancel'), t(l, 'videoHeading'));
  };
  applyLang();

  go.addEventListener('click', async () => {
    const m = map();
    if (!m) return;
    const ctl = jc.start();
    if (!ctl) return;
    go.disabled = true;
    delete status.dataset['bytes'];
    const total = Math.max(1, Math.min(120, Math.round(Number(seconds.value) || 10)));
    try {
      const [{ recordPlayback, webmType }, { deckFileName }] = await Promise.all([
        import('./video/recordPlayback'),
        import('./deck/deckText'),
      ]);
      if (!webmType()) {
        setStatus((l) => t(l, 'videoUnsupported'));
        return;
      }
      const started = new Date();
      const res = await recordPlayback(store, m, {
        seconds: total,
        speed: Number(speed.value) || 30,
        size: VIDEO_SIZES[Number(size.value)] ?? VIDEO_SIZES[1],
        signal: ctl.signal,
        preview,
        onProgress: (elapsed, all) => {
          progress.max = all;
          progress.value = elapsed;
          setStatus((l) => t(l, 'videoRecording').replace('{s}', elapsed.toFixed(0)).replace('{total}', String(all)));
        },
      });
      const name = deckFileName(t(lang(), 'appTitle'), started, 'webm');
      downloadBlob(name, res.blob);
      status.dataset['bytes'] = String(res.blob.size);
      setStatus((l) => t(l, 'deckSaved').replace('{file}', name));
    } catch (e) {
      if (ctl.signal.aborted) setStatus((l) => t(l, 'deckCancelled'));
      else setStatus((l) => `${t(l, 'deckFailed')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      jc.finish();
      go.disabled = false;
    }
  });

  const element = h(
    'section',
    { class: 'export-video', 'data-testid': 'video-panel' },
    heading,
    hint,
    h(
      'div',
      { class: 'share-controls' },
      h('label', {}, labels[0], seconds),
      h('label', {}, labels[1], speed),
      h('label', {}, labels[2], size),
    ),
    h('div', { class: 'panel-actions' }, go, progress, jc.cancelButton),
    preview,
    status,
  );
  return { element, cancel: jc.cancel, applyLang };
}
