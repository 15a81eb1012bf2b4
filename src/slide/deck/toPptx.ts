/**
 * Writes a deck as PPTX (pptxgenjs): per slide the map image (stamped PNG, with its scale bar and
 * provenance stamp) and, as real text boxes that stay editable, the title, caption and step text,
 * the legend, the citations of the events shown and the footer (credits, permalink, data version,
 * export time), placed where the PNG export draws them; speaker notes carry every source.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { Lang } from '../../state/appStore';
import type { LegendSymbol } from '../../overlays/overlay';
import { t } from '../../i18n/strings';
import type { Rect } from '../exportLayout';
import { citationLine } from '../citations';
import type { DeckSlide, DeckSource } from './renderDeck';

type TextRun = PptxGenJS.TextProps;

/** Slide pixels (1920 × 1080) per inch of a 13.33 × 7.5 in wide slide. */
const PX_PER_IN = 144;
/** Citations listed on the slide; the rest are in the speaker notes. */
const MAX_CITATIONS = 6;
const FONT = 'Arial';
/**
 * What pptxgenjs is given for each map image: a 1 × 1 PNG. Given the real images as data URLs, it
 * has JSZip decode their base64 on the main thread (half a second for a 13-slide deck); instead
 * the placeholders are swapped for the encoded bytes in the written file (`withImages`).
 */
const PLACEHOLDER_PNG = 'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const inches = (r: Rect): { x: number; y: number; w: number; h: number } => ({
  x: r.x / PX_PER_IN,
  y: r.y / PX_PER_IN,
  w: r.width / PX_PER_IN,
  h: r.height / PX_PER_IN,
});
/** Slide pixels → points (72 per inch). */
const pt = (px: number): number => Math.round((px * 72 * 10) / PX_PER_IN) / 10;
const hex = (css: string): string => (/^#[0-9a-f]{6}$/i.test(css) ? css.slice(1).toUpperCase() : '1D1F22');

/** A text glyph standing for a legend symbol, in the symbol's colour. */
function glyph(s: LegendSymbol): string {
  switch (s.shape) {
    case 'dot':
      return '●';
    case 'ring':
      return '◯';
    case 'hatch':
      return '▨';
    case 'diamond':
      return '◆';
    case 'pair':
      return '◈';
    case 'post':
      return '■';
    case 'line':
      return '━';
  }
}

function legendRuns(d: DeckSlide, lang: Lang): TextRun[] {
  const { text, layout: L, citations } = d.slide;
  const body = { fontSize: pt(L.fonts.body), color: '1D1F22' };
  const small = { fontSize: pt(L.fonts.small), color: '33373D' };
  const heading = { fontSize: pt(L.fonts.heading), bold: true, color: '1D1F22' };
  const runs: TextRun[] = [{ text: text.labels.legend, options: { ...heading, breakLine: true } }];
  for (const e of text.legend) {
    runs.push({ text: `${glyph(e.symbol)}  `, options: { ...body, color: hex(e.symbol.color) } });
    runs.push({ text: e.label, options: { ...body, breakLine: true } });
  }
  runs.push({ text: ' ', options: { ...small, breakLine: true } });
  runs.push({ text: text.labels.sources, options: { ...heading, breakLine: true } });
  if (!citations.length) for (const s of text.sources) runs.push({ text: `• ${s}`, options: { ...small, breakLine: true } });
  for (const c of citations.slice(0, MAX_CITATIONS)) {
    const words = citationLine({ ...c, url: null }, false);
    if (!c.url) runs.push({ text: `• ${words}`, options: { ...small, breakLine: true } });
    else {
      runs.push({ text: `• ${words}: `, options: small });
      runs.push({ text: c.url, options: { ...small, color: '1F5FAF', hyperlink: { url: c.url }, breakLine: true } });
    }
  }
  if (citations.length > MAX_CITATIONS)
    runs.push({
      text: t(lang, 'deckMore').replace('{n}', String(citations.length - MAX_CITATIONS)),
      options: { ...small, breakLine: true },
    });
  return runs;
}

function footerRuns(d: DeckSlide, lang: Lang): TextRun[] {
  const { text, layout: L, provenance: p } = d.slide;
  const small = { fontSize: pt(L.fonts.small), color: '5B6068' };
  const [, dataLine = ''] = text.provenance;
  return [
    { text: `${text.labels.mapData}: ${text.attribution.join(' · ')}`, options: { ...small, breakLine: true } },
    { text: `${t(lang, 'provPermalink')}: `, options: { ...small, color: '33373D' } },
    { text: p.permalink, options: { ...small, color: '1F5FAF', hyperlink: { url: p.permalink }, breakLine: true } },
    { text: dataLine, options: { ...small, color: '33373D' } },
  ];
}

/** The PPTX file of a rendered deck. */
export async function deckToPptx(source: DeckSource, slides: readonly DeckSlide[], lang: Lang): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = source.title;
  pptx.author = 'Frontier Map';
  pptx.company = 'Frontier Map';
  const first = slides[0]?.slide.provenance;
  if (first) pptx.subject = `data-sha256:${first.dataVersion}; exported:${first.exportedAt.toISOString()}`;
  for (const d of slides) {
    const { text, layout: L, provenance } = d.slide;
    const s = pptx.addSlide();
    s.addImage({ data: PLACEHOLDER_PNG, ...inches(L.map), altText: `${text.title} — ${provenance.caption.join(' · ')}` });
    const title: TextRun[] = [
      { text: text.title, options: { fontSize: pt(L.fonts.title), bold: true, color: '1D1F22', breakLine: true } },
      { text: text.subtitle, options: { fontSize: pt(L.fonts.subtitle), color: '4A4F57', breakLine: Boolean(text.text) } },
    ];
    if (text.text) title.push({ text: text.text, options: { fontSize: pt(L.fonts.body), color: '1D1F22' } });
    const box = { fontFace: FONT, valign: 'top', margin: 0, fit: 'shrink' } as const;
    s.addText(title, { ...inches(L.title), ...box });
    s.addText(legendRuns(d, lang), { ...inches(L.legend), ...box });
    s.addText(footerRuns(d, lang), { ...inches(L.footer), ...box });
    s.addNotes(d.notes);
  }
  const out = await pptx.write({ outputType: 'arraybuffer', compression: false });
  if (!(out instanceof ArrayBuffer)) throw new Error('export: the PPTX writer returned no file');
  return withImages(out, slides);
}

/** The written deck with each slide's placeholder image replaced by its PNG (stored: it is compressed already). */
async function withImages(file: ArrayBuffer, slides: readonly DeckSlide[]): Promise<Blob> {
  const zip = await JSZip.loadAsync(file);
  for (const [i, d] of slides.entries()) {
    const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async('string');
    const rel = [...(rels ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => /Type="[^"]*\/image"/.test(r));
    const target = rel?.match(/Target="\.\.\/(media\/[^"]+)"/)?.[1];
    if (!target) throw new Error(`export: slide ${i + 1} has no image`);
    zip.file(`ppt/${target}`, d.image.bytes, { compression: 'STORE' });
  }
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' });
}
