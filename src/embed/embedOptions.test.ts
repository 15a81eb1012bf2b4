import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_CONTROLS, importAllowed, parseEmbedOptions, parseOrigin, resolveOrigins, writeEmbedOptions } from './embedOptions';

const own = 'http://127.0.0.1:4173';

describe('parseEmbedOptions', () => {
  it('defaults: not an embed, default controls, no autoplay, own origin only', () => {
    const { options, warnings } = parseEmbedOptions('', own);
    expect(options.embed).toBe(false);
    expect([...options.controls]).toEqual([...DEFAULT_EMBED_CONTROLS]);
    expect(options.autoplay).toBe(false);
    expect(options.origins).toEqual([own]);
    expect(warnings).toEqual([]);
  });
  it.each([
    ['?embed', true],
    ['?embed=1', true],
    ['?embed=0', false],
  ])('%s → embed %s', (q, on) => {
    expect(parseEmbedOptions(q, own).options.embed).toBe(on);
  });
  it('reads controls, autoplay and origins', () => {
    const { options } = parseEmbedOptions(
      '?embed=1&controls=timeline,list&autoplay=1&origins=https://news.example,https://b.example:8443',
      own,
    );
    expect([...options.controls]).toEqual(['timeline', 'list']);
    expect(options.autoplay).toBe(true);
    expect(options.origins).toEqual(['https://news.example', 'https://b.example:8443']);
  });
  it('empty controls means map only', () => {
    expect(parseEmbedOptions('?embed&controls=', own).options.controls.size).toBe(0);
  });
  it.each(['?controls=timeline,toolbar', '?autoplay=maybe', '?origins=javascript:alert(1)', '?origins=https://a.org/path', '?embed=yes'])(
    'warns and keeps the default for %s',
    (q) => {
      const r = parseEmbedOptions(q, own);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(/^invalid /);
    },
  );
});

describe('import in an embed', () => {
  it.each([
    ['the full view imports', '', true],
    ['an embed does not import by default', '?embed=1', false],
    ['an embed with import=1 imports', '?embed=1&import=1', true],
    ['import=0 keeps it off', '?embed=1&import=0', false],
    ['import=1 without embed changes nothing', '?import=1', true],
  ])('%s (%s)', (_name, q, want) => {
    const { options, warnings } = parseEmbedOptions(q, own);
    expect(importAllowed(options)).toBe(want);
    expect(warnings).toEqual([]);
  });
  it('a bad import value warns and keeps importing off', () => {
    const r = parseEmbedOptions('?embed=1&import=yes', own);
    expect(r.warnings).toEqual([expect.stringMatching(/^invalid import/)]);
    expect(importAllowed(r.options)).toBe(false);
  });
});

describe('parseOrigin', () => {
  it.each(['https://a.org', 'http://127.0.0.1:5173', '*'])('accepts %s', (o) => expect(parseOrigin(o)).toBe(o));
  it.each(['a.org', 'ftp://a.org', 'https://u:p@a.org', 'https://a.org/x', ''])('rejects %s', (o) =>
    expect(() => parseOrigin(o)).toThrow(/invalid origins/),
  );
});

describe('resolveOrigins', () => {
  it('a build-time list is authoritative; the URL only narrows it', () => {
    expect(resolveOrigins(['https://a.org', 'https://evil.org'], ['https://a.org'], own)).toEqual(['https://a.org']);
    expect(resolveOrigins(null, ['https://a.org'], own)).toEqual(['https://a.org']);
  });
  it('without a build-time list the URL decides, else the own origin (none for file://)', () => {
    expect(resolveOrigins(['https://a.org'], null, own)).toEqual(['https://a.org']);
    expect(resolveOrigins(null, null, own)).toEqual([own]);
    expect(resolveOrigins(null, null, 'null')).toEqual([]);
  });
});

describe('writeEmbedOptions', () => {
  it('omits defaults and round-trips', () => {
    const p = writeEmbedOptions(new URLSearchParams('cam=1,2,3'), { controls: new Set(DEFAULT_EMBED_CONTROLS), autoplay: false });
    expect(p.toString()).toBe('cam=1%2C2%2C3&embed=1');
    const q = writeEmbedOptions(new URLSearchParams(), { controls: new Set(['legend'] as const), autoplay: true });
    const back = parseEmbedOptions(`?${q}`, own).options;
    expect([...back.controls]).toEqual(['legend']);
    expect(back.autoplay).toBe(true);
  });
});
