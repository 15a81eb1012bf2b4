/** Saves a blob as a file through a temporary object URL and an `<a download>` (nothing leaves the page). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the browser reads the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
