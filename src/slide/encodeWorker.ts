/// <reference lib="webworker" />
/**
 * Encodes an ImageBitmap as PNG or JPEG with an OffscreenCanvas, so the pixel read-back and the
 * compression of a large export (an A4 page, a deck's slides) happen off the page's main thread.
 */
import type { EncodeReply, EncodeRequest } from './encodeImage';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (ev: MessageEvent<EncodeRequest>) => {
  const { id, bitmap, type, quality } = ev.data;
  void (async (): Promise<EncodeReply> => {
    try {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D context in the worker');
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      const blob = await canvas.convertToBlob(quality === undefined ? { type } : { type, quality });
      return { id, bytes: await blob.arrayBuffer() };
    } catch (e) {
      return { id, error: e instanceof Error ? e.message : String(e) };
    }
  })().then((reply) => scope.postMessage(reply, 'bytes' in reply && reply.bytes ? [reply.bytes] : []));
});
