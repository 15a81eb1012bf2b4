/**
 * Playback video: plays the timeline from the current window and records one composed 2D canvas
 * (the map's frames, a drawn timeline, the credits and the provenance stamp) with MediaRecorder,
 * as WebM. The stream is `captureStream(0)`: every composed frame is pushed with `requestFrame()`,
 * so frames reach the recorder whatever the browser's own canvas capture does (headless Chromium
 * with software WebGL otherwise keeps a frame or two). MediaRecorder writes no duration into the
 * WebM header, so players show none and cannot seek: `fix-webm-duration` writes it in afterwards.
 * Everything happens in the page; nothing is fetched or sent. The time state (window, speed,
 * playing) is put back when the recording ends or is cancelled.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../../state/appStore';
import fixWebmDuration from 'fix-webm-duration';
import { overlaps } from '../../calendar/window';
import { readoutText } from '../../calendar/windowText';
import { eventCountInWindow, eventTotalInWindow, filtersOn, shownEvents } from '../../state/selectors';
import { t } from '../../i18n/strings';
import { attributionLines } from '../../map/attribution';
import type { Size } from '../exportLayout';
import { DATA_VERSION, provenanceStamp, viewPermalink, captionLines, viewSummary } from '../provenance';
import { drawVideoFrame, videoLayout } from './videoFrame';

export interface VideoOptions {
  seconds: number;
  /** Days of data per second. */
  speed: number;
  size: Size;
  signal: AbortSignal;
  onProgress(elapsed: number, total: number): void;
  /** Where the frame being recorded is shown: Chromium captures no frames from a canvas outside the document. */
  preview: HTMLElement;
}

export interface VideoResult {
  blob: Blob;
  mimeType: string;
  seconds: number;
  /** Frames pushed to the recorder. */
  frames: number;
}

/** Frames pushed per second at most (the page's animation frames drive them). */
const FPS = 30;

/** The first WebM type this browser's MediaRecorder writes, or null. VP8 first: some Chromium builds accept VP9 but record nothing. */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  return ['video/webm;codecs=vp8', 'video/webm', 'video/webm;codecs=vp9'].find((m) => MediaRecorder.isTypeSupported(m)) ?? null;
}

/** Records `o.seconds` of playback; rejects with the abort reason when `o.signal` aborts. */
export async function recordPlayback(store: AppStore, map: MlMap, o: VideoOptions): Promise<VideoResult> {
  const mimeType = webmType();
  if (!mimeType) throw new Error('video: this browser cannot record WebM');
  const s0 = store.getState();
  const { dataset, geo } = s0.data;
  if (!dataset || !geo) throw new Error('video: data not loaded');
  const saved = { window: { ...s0.time.window }, speed: s0.time.speed, playing: s0.time.playing };
  const L = videoLayout(o.size);
  const canvas = document.createElement('canvas');
  canvas.width = o.size.width;
  canvas.height = o.size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('video: 2D canvas unavailable');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.width = '100%';
  canvas.style.height = 'auto';
  o.preview.append(canvas);
  // The map's WebGL buffer is only valid while it renders: copy each frame as it is drawn.
  const snap = document.createElement('canvas');
  const snapCtx = snap.getContext('2d');
  const copy = (): void => {
    const src = map.getCanvas();
    if (snap.width !== src.width || snap.height !== src.height) [snap.width, snap.height] = [src.width, src.height];
    snapCtx?.drawImage(src, 0, 0);
  };
  // The first frame must hold the map: wait for its first render after this (under load it can take
  // longer than a video frame), or the recording opens on an empty map band.
  const firstCopy = new Promise<void>((resolve, reject) => {
    map.once('render', () => resolve());
    o.signal.addEventListener(
      'abort',
      () => reject(o.signal.reason instanceof Error ? o.signal.reason : new DOMException('Aborted', 'AbortError')),
      {
        once: true,
      },
    );
  });
  map.on('render', copy);
  map.triggerRepaint();
  const credits = attributionLines(geo, dataset, s0.view.lang).join(' · ');
  const stamp = provenanceStamp({
    title: '',
    permalink: viewPermalink(window.location.href, store.getState()),
    dataVersion: DATA_VERSION,
    exportedAt: new Date(),
    credits: [],
    caption: captionLines(viewSummary(store.getState())),
  });
  const draw = (): void => {
    const s = store.getState();
    const w = s.time.window;
    // The events that pass the filters as ticks; the readout counts as the app's does ("X of Y events" with filters on).
    const ticks = shownEvents(s).map((e) => ({ day: e.startDay, inWindow: overlaps(e, w) }));
    const count = eventCountInWindow(s);
    const total = filtersOn(s) ? eventTotalInWindow(s) : null;
    drawVideoFrame(
      ctx,
      L,
      snap,
      { title: t(s.view.lang, 'appTitle'), window: readoutText(w, count, s.view.lang, total), credits, stamp },
      { bounds: s.time.bounds, window: w, ticks },
    );
  };
  try {
    await firstCopy;
  } catch (e) {
    map.off('render', copy);
    canvas.remove();
    throw e;
  }
  draw();
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track) throw new Error('video: the canvas gave no video track');
  let frames = 0;
  let lastPush = -Infinity;
  const push = (now: number): void => {
    if (now - lastPush < 1000 / FPS - 2) return;
    lastPush = now;
    track.requestFrame();
    frames++;
  };
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 5_000_000 });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size) chunks.push(e.data);
  });
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  let raf = 0;
  const started = performance.now();
  try {
    store.getState().setSpeed(o.speed);
    recorder.start(250);
    push(performance.now());
    store.getState().setPlaying(true);
    await new Promise<void>((resolve, reject) => {
      const frame = (): void => {
        if (o.signal.aborted) return reject(o.signal.reason instanceof Error ? o.signal.reason : new DOMException('Aborted', 'AbortError'));
        const now = performance.now();
        const elapsed = (now - started) / 1000;
        draw();
        push(now);
        o.onProgress(Math.min(elapsed, o.seconds), o.seconds);
        // Stop at the chosen length, or when playback reaches the end of the timeline.
        if (elapsed >= o.seconds || !store.getState().time.playing) return resolve();
        raf = requestAnimationFrame(frame);
      };
      raf = requestAnimationFrame(frame);
    });
    // The last frame again, so the final picture lasts until the end.
    draw();
    track.requestFrame();
    const seconds = (performance.now() - started) / 1000;
    recorder.stop();
    await stopped;
    if (!chunks.length) throw new Error('video: the browser recorded no frames');
    const raw = new Blob(chunks, { type: mimeType.split(';')[0] });
    const blob = await fixWebmDuration(raw, seconds * 1000, { logger: false });
    return { blob, mimeType, seconds, frames };
  } finally {
    cancelAnimationFrame(raf);
    if (recorder.state !== 'inactive') recorder.stop();
    for (const track of stream.getTracks()) track.stop();
    map.off('render', copy);
    canvas.remove();
    const st = store.getState();
    st.setPlaying(false);
    st.setSpeed(saved.speed);
    st.setWindow(saved.window);
    if (saved.playing) st.setPlaying(true);
  }
}
