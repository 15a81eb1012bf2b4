/**
 * Height messages in the formats that existing embed scripts already listen for, so a page or CMS
 * plugin built to auto-size Datawrapper or Flourish iframes sizes this map too. Pure builders.
 *
 * - Datawrapper: `{"datawrapper-height": {"<chart id>": <px>}}` (an object); the host script finds
 *   the iframe by `id="datawrapper-chart-<chart id>"`, by `src` containing the id, or by the sender.
 * - Flourish (and the Embedly/Medium convention it follows): the JSON *string* of
 *   `{sender: "Flourish", context: "iframe.resize", method: "resize", height: <px>, src: <location>}`.
 */

/** The chart id used when the iframe's `name` is not a usable one. */
export const DEFAULT_FRAME_ID = 'frontier-map';

export interface DatawrapperHeightMessage {
  'datawrapper-height': Record<string, number>;
}

export interface FlourishHeightMessage {
  sender: 'Flourish';
  context: 'iframe.resize';
  method: 'resize';
  height: number;
  src: string;
}

/** The id this embed reports under: the iframe's `name` when it is a plain token, else `frontier-map`. */
export function frameId(name: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(name) ? name : DEFAULT_FRAME_ID;
}

/** A whole, non-negative pixel height (what both formats expect). */
function px(height: number): number {
  if (!Number.isFinite(height) || height < 0) throw new Error(`invalid height: ${String(height)}`);
  return Math.ceil(height);
}

/** Datawrapper's height message for chart `id`. */
export function datawrapperHeightMessage(id: string, height: number): DatawrapperHeightMessage {
  return { 'datawrapper-height': { [id]: px(height) } };
}

/** Flourish's height message (as the JSON string Flourish itself posts) for the embed at `src`. */
export function flourishHeightMessage(height: number, src: string): string {
  const m: FlourishHeightMessage = { sender: 'Flourish', context: 'iframe.resize', method: 'resize', height: px(height), src };
  return JSON.stringify(m);
}
