/**
 * Writes a deck as PDF (jsPDF): one 13.33 × 7.5 in page per slide holding the whole composed
 * slide (drawn by the canvas, so every language's script is right), with an invisible text layer
 * over it (title, caption, step text, citations, credits, permalink) so the page can be searched
 * and copied, and link areas on the permalink and the cited addresses. jsPDF's built-in fonts
 * cover Latin-1 only: a line outside it (Russian or Tajik text) stays in the image alone.
 */
import { jsPDF } from 'jspdf';
import type { Rect } from '../exportLayout';
import { citationLine } from '../citations';
import { isoSecond } from '../provenance';
import { DECK_SIZE, type DeckSlide, type DeckSource } from './renderDeck';

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
  const plain = s.replace(/[‘’“”–—…•≥·]/g, (c) => TYPOGRAPHY[c] ?? c).replace(/\s+/g, ' ');
  return /^[\u0020-\u007e\u00a0-\u00ff]*$/.test(plain) ? plain : null;
}

/** Writes `lines` invisibly from the top of `r` downwards (wrapped to its width); returns the y below them. */
function layer(doc: jsPDF, lines: readonly string[], r: Rect, y: number, sizePx: number, link?: (line: string) => string | null): number {
  const size = sizePx * K;
  doc.setFontSize(size);
  for (const line of lines) {
    const safe = pdfSafe(line);
    if (safe === null) continue;
    const wrapped = doc.splitTextToSize(safe, r.width * K) as string[];
    doc.text(wrapped, r.x * K, y, { baseline: 'top', renderingMode: 'invisible' });
    const h = wrapped.length * size * 1.15;
    const url = link?.(line);
    if (url) doc.link(r.x * K, y, r.width * K, h, { url });
    y += h;
  }
  return y;
}

/** The PDF file of a rendered deck. */
export function deckToPdf(source: DeckSource, slides: readonly DeckSlide[]): Blob {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: PAGE, compress: true });
  const first = slides[0]?.slide.provenance;
  doc.setProperties({
    title: pdfSafe(source.title) ?? 'Frontier Map',
    author: 'Frontier Map',
    creator: 'Frontier Map',
    subject: first ? `data-sha256:${first.dataVersion}` : '',
    keywords: first ? `data-sha256:${first.dataVersion} exported:${first.exportedAt.toISOString()}` : '',
  });
  doc.setFont('helvetica', 'normal');
  slides.forEach((d, i) => {
    if (i > 0) doc.addPage(PAGE, 'landscape');
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
    // The provenance stays in the text layer in every language: its ASCII core where the words are not Latin-1.
    const [linkLine = '', dataLine = ''] = text.provenance;
    const prov = [
      pdfSafe(linkLine) === null ? p.permalink : linkLine,
      pdfSafe(dataLine) === null ? `SHA-256 ${p.dataVersion} - ${isoSecond(p.exportedAt)}` : dataLine,
    ];
    layer(doc, prov, L.footer, y, L.fonts.small, (line) => (line.includes(p.permalink) ? p.permalink : null));
  });
  return doc.output('blob');
}
