/**
 * Starts the host-page API without putting it in the default view's bytes. In a frame it loads at
 * once (the host waits for `ready`). At the top level nothing is posted (there is no parent), so it
 * loads on the first message, and that message and any arriving meanwhile are handed to it in order.
 */
import type { HostApiOptions } from './hostApi';

export function startHostApiOnDemand(o: HostApiOptions): () => void {
  const { win } = o;
  let stopped = false;
  let stop: (() => void) | null = null;
  const load = (): Promise<void> =>
    import('./hostApi').then((m) => {
      if (!stopped) stop = m.startHostApi(o);
    });
  if (win.parent !== win) {
    void load();
    return () => {
      stopped = true;
      stop?.();
    };
  }
  const queued: MessageEvent[] = [];
  const onFirst = (ev: MessageEvent): void => {
    queued.push(ev);
    if (queued.length > 1) return;
    void load().then(() => {
      win.removeEventListener('message', onFirst);
      if (stopped) return;
      for (const q of queued.splice(0))
        win.dispatchEvent(new MessageEvent('message', { data: q.data, origin: q.origin, source: q.source }));
    });
  };
  win.addEventListener('message', onFirst);
  return () => {
    stopped = true;
    win.removeEventListener('message', onFirst);
    stop?.();
  };
}
