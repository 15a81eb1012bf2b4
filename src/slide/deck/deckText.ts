/** The words of a deck beside its images: speaker notes and the file name. Pure. */
import type { Lang } from '../../state/appStore';
import { t } from '../../i18n/strings';
import type { SlideText } from '../exportDraw';
import { citationLine, type ViewCitation } from '../citations';
import { provenanceLines, type Provenance } from '../provenance';

/** What the notes are made of: a slide's texts, provenance and every citation. */
export interface NotesInput {
  text: Pick<SlideText, 'title'>;
  provenance: Provenance;
  citations: readonly ViewCitation[];
}

/** Speaker notes: title, the step's text, the caption, every source of the events shown (outlet, headline, date, address), provenance. */
export function speakerNotes(s: NotesInput, stepText: string | null, lang: Lang): string {
  const sources = s.citations.length ? s.citations.map((c) => `• ${citationLine(c)}`) : [t(lang, 'deckNotesNone')];
  return [
    s.text.title,
    ...(stepText ? [stepText] : []),
    ...s.provenance.caption,
    '',
    `${t(lang, 'deckNotesSources')}:`,
    ...sources,
    '',
    ...provenanceLines(s.provenance, lang),
  ].join('\n');
}

/** `frontier-map-<slug>-<yyyymmdd-hhmm>.<ext>`: a name that sorts by export time. */
export function deckFileName(title: string, exportedAt: Date, ext: 'pptx' | 'pdf' | 'webm'): string {
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'view';
  const stamp = exportedAt.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `frontier-map-${slug}-${stamp}.${ext}`;
}
