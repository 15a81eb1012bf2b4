/**
 * Canvas → PNG/JPEG bytes, encoded in a worker (`encodeWorker.ts`) when one can start: Chromium's
 * `toBlob` reads the pixels back and compresses on the main thread, seconds for an A4 page or a
 * deck's slides. The page only snapshots the canvas (`createImageBitmap`) and hands it over.
 * Where no module worker starts (a page opened from file://), it encodes on the page as before.
 */

export type ImageType = 'image/png' | 'image/jpeg';

export interface EncodeRequest {
  id: number;
  bitmap: ImageBitmap;
  type: ImageType;
  quality?: number;
}

export type EncodeReply = { id: number; bytes: ArrayBuffer } | { id: number; error: string };

type Pending = { resolve(b: ArrayBuffer): void; reject(e: Error): void };

/** The worker; null where none can start (then everything encodes on the page). */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(why: string): void {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(new Error(why));
  pending.clear();
}

function encoder(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap !== 'function') return (worker = null);
  try {
    const w = new Worker(new URL('./encodeWorker.ts', import.meta.url), { type: 'module', name: 'frontier-encode' });
    w.addEventListener('message', (ev: MessageEvent<EncodeReply>) => {
      const p = pending.get(ev.data.id);
      if (!p) return;
      pending.delete(ev.data.id);
      if ('bytes' in ev.data) p.resolve(ev.data.bytes);
      else p.reject(new Error(ev.data.error));
    });
    w.addEventListener('error', (ev) => {
      ev.preventDefault();
      failAll('the image encoder could not start');
    });
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** Encodes on the page (the fallback). */
const onPage = (canvas: HTMLCanvasElement, type: ImageType, quality?: number): Promise<Blob> =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`export: ${type} encoding failed`))), type, quality),
  );

/** `canvas` encoded as `type` (JPEG at `quality`), off the main thread where a worker can run. */
export async function encodeCanvas(canvas: HTMLCanvasElement, type: ImageType, quality?: number): Promise<Blob> {
  const w = encoder();
  if (w) {
    try {
      const bitmap = await createImageBitmap(canvas);
      const id = nextId++;
      const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const req: EncodeRequest = quality === undefined ? { id, bitmap, type } : { id, bitmap, type, quality };
        w.postMessage(req, [bitmap]);
      });
      return new Blob([bytes], { type });
    } catch {
      // The worker failed (or could not start): encode here.
    }
  }
  return onPage(canvas, type, quality);
}
