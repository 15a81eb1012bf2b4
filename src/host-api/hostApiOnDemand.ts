/**
 * Starts the host-page API without putting it in the default view's bytes. In a frame it loads at
 * once (the host waits for `ready`). At the top level nothing is posted (there is no parent), so it
 * loads on the first message. Messages arriving before it has loaded are handed to it in order;
 * after a failed load (a dropped connection) the next message tries again, so a host is never left
 * with its commands queued for good.
 */
import type { HostApiOptions } from './hostApi';

export function startHostApiOnDemand(o: HostApiOptions): () => void {
  const { win } = o;
  let stopped = false;
  let stop: (() => void) | null = null;
  let loading = false;
  const queued: MessageEvent[] = [];
  const load = (): void => {
    if (loading || stopped) return;
    loading = true;
    import('./hostApi').then(
      (m) => {
        win.removeEventListener('message', onEarly);
        if (stopped) return;
        stop = m.startHostApi(o);
        for (const q of queued.splice(0))
          win.dispatchEvent(new MessageEvent('message', { data: q.data, origin: q.origin, source: q.source }));
      },
      (e: unknown) => {
        console.error('Frontier Map: the host API failed to load', e);
        loading = false;
      },
    );
  };
  function onEarly(ev: MessageEvent): void {
    queued.push(ev);
    load();
  }
  win.addEventListener('message', onEarly);
  if (win.parent !== win) load();
  return () => {
    stopped = true;
    win.removeEventListener('message', onEarly);
    stop?.();
  };
}
