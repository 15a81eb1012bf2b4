/**
 * Writes a deck as PDF (jsPDF): one 13.33 × 7.5 in page per slide holding the whole composed
 * slide (drawn by the canvas, so every language's script is right), with an invisible text layer
 * over it (title, caption, step text, citations, credits, permalink) so the page can be searched
 * and copied, and link areas on the permalink and the cited addresses. Lines in Latin-1 use
 * jsPDF's built-in Helvetica; the rest (Russian and Tajik text) use DejaVu Sans, embedded from the
 * app's own files (`font/`, made by `scripts/fonts/pdfFont.sh`) and fetched only when a PDF is made.
 */
import { jsPDF } from 'jspdf';
import fontUrl from './font/DejaVuSans-pdf.ttf?url';
import type { Rect } from '../exportLayout';
import { citationLine } from '../citations';
import { isoSecond } from '../provenance';
import { DECK_SIZE, type DeckSlide, type DeckSource } from './renderDeck';
import { yieldToMain } from '../../ui/slices';

/** Points per slide pixel: a 1920-px slide is 960 pt (13.33 in) wide. */
const K = 0.5;
const PAGE: [number, number] = [DECK_SIZE.width * K, DECK_SIZE.height * K];

const TYPOGRAPHY: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '•': '-',
  '≥': '>=',
  '·': '-',
};

/** `s` in jsPDF's built-in encoding (typographic punctuation made plain), or null when it needs other scripts. */
export function pdfSafe(s: string): string | null {
  const plain = tidy(s);
  return /^[\u0020-\u007e\u00a0-\u00ff]*$/.test(plain) ? plain : null;
}

const FONT_FILE = 'DejaVuSans-pdf.ttf';
const UNICODE_FONT = 'DejaVuSans';

/** The embedded font's bytes as base64 (what jsPDF's file system takes), fetched once per page. */
let fontData: Promise<string> | null = null;
function loadFont(): Promise<string> {
  fontData ??= fetch(fontUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`export: the PDF font did not load (${r.status})`);
      return r.arrayBuffer();
    })
    .then((buf) => {
      const bytes = new Uint8Array(buf);
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(bin);
    })
    .catch((e: unknown) => {
      fontData = null;
      throw e;
    });
  return fontData;
}

/** `s` with typographic punctuation made plain and runs of white space made one space. */
const tidy = (s: string): string => s.replace(/[‘’“”–—…•≥·]/g, (c) => TYPOGRAPHY[c] ?? c).replace(/\s+/g, ' ');

/** Writes `lines` invisibly from the top of `r` downwards (wrapped to its width); returns the y below them. */
function layer(doc: jsPDF, lines: readonly string[], r: Rect, y: number, sizePx: number, link?: (line: string) => string | null): number {
  const size = sizePx * K;
  doc.setFontSize(size);
  for (const line of lines) {
    // Latin-1 in Helvetica (plain strings in the file); anything else in the embedded Unicode font.
    const safe = pdfSafe(line);
    doc.setFont(safe === null ? UNICODE_FONT : 'helvetica', 'normal');
    const wrapped = doc.splitTextToSize(safe ?? line.replace(/\s+/g, ' '), r.width * K) as string[];
    doc.text(wrapped, r.x * K, y, { baseline: 'top', renderingMode: 'invisible' });
    const h = wrapped.length * size * 1.15;
    const url = link?.(line);
    if (url) doc.link(r.x * K, y, r.width * K, h, { url });
    y += h;
  }
  return y;
}

/** The PDF file of a rendered deck. */
export async function deckToPdf(source: DeckSource, slides: readonly DeckSlide[]): Promise<Blob> {
  const font = await loadFont();
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: PAGE, compress: true });
  doc.addFileToVFS(FONT_FILE, font);
  doc.addFont(FONT_FILE, UNICODE_FONT, 'normal');
  const first = slides[0]?.slide.provenance;
  doc.setProperties({
    title: pdfSafe(source.title) ?? 'Frontier Map',
    author: 'Frontier Map',
    creator: 'Frontier Map',
    subject: first ? `data-sha256:${first.dataVersion}` : '',
    keywords: first ? `data-sha256:${first.dataVersion} exported:${first.exportedAt.toISOString()}` : '',
  });
  doc.setFont('helvetica', 'normal');
  for (const [i, d] of slides.entries()) {
    // A page per task: the page keeps responding while a long deck is written.
    if (i > 0) {
      await yieldToMain();
      doc.addPage(PAGE, 'landscape');
    }
    const { text, layout: L, provenance: p, citations } = d.slide;
    doc.addImage(d.image.bytes, 'JPEG', 0, 0, PAGE[0], PAGE[1], `slide-${i + 1}`, 'NONE');
    let y = layer(doc, [text.title], L.title, L.title.y * K, L.fonts.title);
    y = layer(doc, [text.subtitle], L.title, y, L.fonts.subtitle);
    if (text.text) layer(doc, [text.text], L.title, y, L.fonts.body);
    const legendTop = L.legend.y * K;
    y = layer(doc, [text.labels.legend, ...text.legend.map((e) => e.label)], L.legend, legendTop, L.fonts.body);
    const lines = citations.length ? citations.map((c) => citationLine(c, false)) : text.sources;
    const urls = new Map(citations.map((c) => [citationLine(c, false), c.url]));
    layer(doc, [text.labels.sources, ...lines], L.legend, y, L.fonts.small, (line) => urls.get(line) ?? null);
    y = layer(doc, [`${text.labels.mapData}: ${text.attribution.join(' · ')}`], L.footer, L.footer.y * K, L.fonts.small);
    // The provenance lines in the UI language, then (where those are not Latin-1) their ASCII core as plain text too.
    const [linkLine = '', dataLine = ''] = text.provenance;
    const prov = [linkLine, dataLine];
    if (pdfSafe(linkLine) === null) prov.push(p.permalink);
    if (pdfSafe(dataLine) === null) prov.push(`SHA-256 ${p.dataVersion} - ${isoSecond(p.exportedAt)}`);
    layer(doc, prov, L.footer, y, L.fonts.small, (line) => (line.includes(p.permalink) ? p.permalink : null));
  }
  await yieldToMain();
  return doc.output('blob');
}
