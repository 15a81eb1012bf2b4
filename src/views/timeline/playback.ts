/** Playback: while `time.playing`, advance the window each animation frame; stop at the end. */
import type { AppStore } from '../../state/appStore';
import { advancePlayback } from '../../calendar/window';

/** Starts the playback driver; returns its teardown. */
export function startPlaybackDriver(store: AppStore): () => void {
  let raf = 0;
  let last = 0;
  const frame = (now: number): void => {
    const s = store.getState();
    if (!s.time.playing) return;
    // Cap a frame's step so a stalled tab does not jump the window by months.
    const dt = last ? Math.min(0.25, (now - last) / 1000) : 0;
    last = now;
    const step = advancePlayback(s.time.window, s.time.mode, s.time.speed, dt, s.time.bounds);
    if (dt > 0) s.setWindow(step.window);
    if (step.ended) {
      s.setPlaying(false);
      return;
    }
    raf = requestAnimationFrame(frame);
  };
  const unsub = store.subscribe(
    (s) => s.time.playing,
    (playing) => {
      cancelAnimationFrame(raf);
      last = 0;
      if (playing) {
        const s = store.getState();
        // Playing from the very end restarts from the beginning, as media players do.
        if (s.time.window.end >= s.time.bounds.end) {
          const width = s.time.mode === 'cumulative' ? 1 : s.time.window.end - s.time.window.start;
          s.setWindow({ start: s.time.bounds.start, end: s.time.bounds.start + width });
        }
        raf = requestAnimationFrame(frame);
      }
    },
  );
  return () => {
    unsub();
    cancelAnimationFrame(raf);
  };
}
