/** Esc closes a panel: one document listener per panel, active only while the panel is shown. */

/** Calls `close` on Escape while `panel` is visible; returns the teardown. */
export function closeOnEscape(panel: HTMLElement, close: () => void): () => void {
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.key === 'Escape' && !panel.hidden) {
      ev.preventDefault();
      close();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
