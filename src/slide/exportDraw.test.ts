/** What the PNG export draws from data text: bidi controls never reach the canvas (it cannot isolate them). */
import { describe, expect, it } from 'vitest';
import { drawFooter, drawStamp, drawTitle, wrapText, type SlideText } from './exportDraw';
import { slideLayout } from './exportLayout';

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A 2D context that measures every character as 10 px and records what is drawn. */
function recordingContext(): { ctx: CanvasRenderingContext2D; drawn: string[] } {
  const drawn: string[] = [];
  const ctx = {
    font: '',
    fillStyle: '',
    textBaseline: 'top',
    measureText: (s: string) => ({ width: s.length * 10 }),
    fillText: (s: string) => void drawn.push(s),
    fillRect: () => undefined,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

const evil = 'Shadak \u202Eevil\u202C \u2066isolated\u2069 \u200Fmark';
const text = (): SlideText => ({
  labels: { legend: 'Legend', sources: 'Sources', mapData: 'Map data', more: '+ {n} more' },
  title: evil,
  subtitle: evil,
  legend: [],
  sources: [evil],
  attribution: [evil],
  provenance: [evil],
  stamp: `Frontier Map · ${evil}`,
  scale: { px: 100, label: '10 km' },
  filters: '',
});

describe('bidi controls on the PNG canvas', () => {
  it('wrapText drops them and keeps the words', () => {
    const { ctx } = recordingContext();
    expect(wrapText(ctx, evil, 10_000)).toEqual(['Shadak evil isolated mark']);
  });

  it('title, footer and stamp are drawn without them', () => {
    const { ctx, drawn } = recordingContext();
    const L = slideLayout({ width: 1920, height: 1080 });
    drawTitle(ctx, L, text());
    drawFooter(ctx, L, text());
    drawStamp(ctx, L, text());
    expect(drawn.length).toBeGreaterThanOrEqual(4);
    for (const s of drawn) expect(s).not.toMatch(CONTROLS);
    expect(drawn.join(' ')).toContain('Shadak evil isolated mark');
  });
});
