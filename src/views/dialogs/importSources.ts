/** Where an import comes from besides the file picker and a drop (drops.ts): `?data=<same-origin URL>&datamode=join|replace`. */
import type { ImportMode } from '../../interchange/importSession';
import { fetchDataFile } from '../../interchange/fetchData';
import { dataFileName, parseDataMode, parseDataParam } from '../../interchange/dataUrl';

/** `?data=<same-origin URL>&datamode=join|replace`: fetch and import; refusals are shown, never fetched. */
export async function startFromUrl(
  win: Window,
  start: (input: Blob, name: string) => Promise<void>,
  setMode: (m: ImportMode) => void,
  refuse: (msg: string) => void,
): Promise<void> {
  const params = new URLSearchParams(win.location.search);
  const value = params.get('data');
  if (value === null) return;
  try {
    const url = parseDataParam(value, win.location.href);
    setMode(parseDataMode(params.get('datamode')));
    await start(await fetchDataFile(url), dataFileName(url));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    console.warn(`Frontier Map: ${msg}`);
    refuse(msg);
  }
}
