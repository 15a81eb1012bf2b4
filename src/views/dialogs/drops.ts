/** A file dropped anywhere on the page, with the overlay that invites the drop (always loaded: the dialog loads on the drop). */
/**
 * Listens for files dragged onto `win`: shows `overlay` with `invite()` while one is over the page
 * and hands a dropped file to `onFile`. Where importing is off, a drop is refused (and the browser
 * kept from opening the file in the tab). Returns the teardown.
 */
export function listenForDrops(
  win: Window,
  overlay: HTMLElement,
  importing: boolean,
  invite: () => string,
  onFile: (f: File) => void,
): () => void {
  const hasFiles = (ev: DragEvent): boolean => [...(ev.dataTransfer?.types ?? [])].includes('Files');
  const onDragOver = (ev: DragEvent): void => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    if (!importing) {
      if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'none';
      return;
    }
    overlay.hidden = false;
    overlay.textContent = invite();
  };
  const onDragLeave = (ev: DragEvent): void => {
    if (ev.relatedTarget === null) overlay.hidden = true;
  };
  const onDrop = (ev: DragEvent): void => {
    overlay.hidden = true;
    if (!importing) return void ev.preventDefault();
    const f = ev.dataTransfer?.files[0];
    if (!f) return;
    ev.preventDefault();
    onFile(f);
  };
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('dragleave', onDragLeave);
  win.addEventListener('drop', onDrop);
  return () => {
    win.removeEventListener('dragover', onDragOver);
    win.removeEventListener('dragleave', onDragLeave);
    win.removeEventListener('drop', onDrop);
  };
}
