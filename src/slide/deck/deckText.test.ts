import { describe, expect, it } from 'vitest';
import { deckFileName, speakerNotes } from './deckText';
import type { Provenance } from '../provenance';
import type { ViewCitation } from '../citations';

const provenance: Provenance = {
  title: 'Step one',
  permalink: 'https://map.example/?briefing=b&step=1',
  dataVersion: 'f'.repeat(64),
  exportedAt: new Date('2026-12-02T00:10:05Z'),
  credits: ['© OpenStreetMap contributors'],
  caption: ['1 Nov 2025 – 30 Nov 2025 · 2 events', 'Layers: Events'],
};
const cite: ViewCitation = {
  id: 'r',
  outlet: 'Asia-Plus',
  headline: 'Border attack',
  date: '2025-11-30',
  notBefore: false,
  url: 'https://asiaplus.tj/x',
};

describe('speakerNotes', () => {
  it('carries title, step text, caption, every source with its address, and the provenance', () => {
    const notes = speakerNotes({ text: { title: 'Step one' }, provenance, citations: [cite] }, 'What happened.', 'en').split('\n');
    expect(notes).toEqual([
      'Step one',
      'What happened.',
      '1 Nov 2025 – 30 Nov 2025 · 2 events',
      'Layers: Events',
      '',
      'Sources of the events shown:',
      '• Asia-Plus, “Border attack”, 2025-11-30: https://asiaplus.tj/x',
      '',
      'Permalink: https://map.example/?briefing=b&step=1',
      `Data version (SHA-256): ${'f'.repeat(64)} · Exported: 2026-12-02T00:10:05Z`,
    ]);
  });
  it('says so when nothing is cited, in the UI language', () => {
    const notes = speakerNotes({ text: { title: 'T' }, provenance, citations: [] }, null, 'ru');
    expect(notes).toContain('Ни одно событие в этом окне не ссылается на источник.');
    expect(notes).toContain('Постоянная ссылка: https://map.example/?briefing=b&step=1');
  });
});

describe('deckFileName', () => {
  const at = new Date('2026-12-02T00:10:05Z');
  it.each([
    ['CSTO programme and the 2025–26 incidents', 'pptx', 'frontier-map-csto-programme-and-the-2025-26-incidents-20261202-0010.pptx'],
    ['Нападение', 'pdf', 'frontier-map-view-20261202-0010.pdf'],
    ['', 'webm', 'frontier-map-view-20261202-0010.webm'],
  ] as const)('%j → %s', (title, ext, want) => expect(deckFileName(title, at, ext)).toBe(want));
});
