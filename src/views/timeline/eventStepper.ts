/** Previous/next event: jump to, select and open the neighbouring event, keeping it in the window. */
import type { AppStore } from '../../state/appStore';
import { compareChronological } from '../../calendar/order';
import { nextEventIndex, prevEventIndex, windowAround } from '../../calendar/window';

/** Selects the event after (dir = 1) or before (dir = -1) the selected one (or the window start). */
export function stepEvent(store: AppStore, dir: 1 | -1): void {
  const s = store.getState();
  const events = [...(s.data.dataset?.events ?? [])].sort(compareChronological);
  if (!events.length) return;
  const selIndex = events.findIndex((e) => e.id === s.selection.selectedId);
  let i: number;
  if (selIndex >= 0) i = selIndex + dir;
  else i = dir === 1 ? nextEventIndex(events, s.time.window.start - 1) : prevEventIndex(events, s.time.window.end);
  const e = events[i];
  if (!e) return;
  s.setPlaying(false);
  s.setWindow(windowAround(e, s.time.window, s.time.bounds));
  s.select(e.id);
}
