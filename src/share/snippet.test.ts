import { describe, expect, it } from 'vitest';
import { embedUrl, escapeAttr, iframeSnippet, parseSizing, permalink } from './snippet';

const page = 'http://127.0.0.1:4173/?from=2025-11-30&to=2025-11-30&sel=shadak-attack&cam=71%2C38.4%2C9&embed=1&controls=legend#x';

describe('permalink / embedUrl', () => {
  it('permalink drops embed parameters and the hash, keeps the view', () => {
    expect(permalink(page)).toBe('http://127.0.0.1:4173/?from=2025-11-30&to=2025-11-30&sel=shadak-attack&cam=71%2C38.4%2C9');
  });
  it('embedUrl adds the chosen options to the same view', () => {
    const u = new URL(embedUrl(page, { controls: new Set(['timeline', 'legend']), autoplay: true }));
    expect(u.searchParams.get('sel')).toBe('shadak-attack');
    expect(u.searchParams.get('embed')).toBe('1');
    expect(u.searchParams.get('controls')).toBe('timeline,legend');
    expect(u.searchParams.get('autoplay')).toBe('1');
  });
});

describe('iframeSnippet', () => {
  it('responsive ratio uses aspect-ratio and escapes the URL', () => {
    expect(iframeSnippet('https://m.org/?a=1&b="x"', { kind: 'ratio', w: 16, h: 9 })).toBe(
      '<iframe src="https://m.org/?a=1&amp;b=&quot;x&quot;" title="Map of the Tajikistan–Afghanistan frontier" loading="lazy" referrerpolicy="no-referrer" style="width:100%;aspect-ratio:16/9;border:0"></iframe>',
    );
  });
  it('fixed size sets width and height attributes', () => {
    expect(iframeSnippet('u', { kind: 'fixed', width: 800, height: 600 })).toContain('width="800" height="600"');
  });
  it('height keeps full width', () => {
    expect(iframeSnippet('u', { kind: 'height', height: 500 })).toContain('width:100%;height:500px');
  });
  it('title markup is escaped', () => {
    expect(escapeAttr('<b>"&')).toBe('&lt;b&gt;&quot;&amp;');
  });
});

describe('parseSizing', () => {
  it.each([
    ['16:9', { kind: 'ratio', w: 16, h: 9 }],
    ['4/3', { kind: 'ratio', w: 4, h: 3 }],
    ['600', { kind: 'height', height: 600 }],
    ['600px', { kind: 'height', height: 600 }],
    ['800x600', { kind: 'fixed', width: 800, height: 600 }],
  ])('%s', (v, expected) => expect(parseSizing(v)).toEqual(expected));
  it.each(['', '0:9', '16:0', 'wide', '-5', '99999999'])('rejects %j', (v) => expect(() => parseSizing(v)).toThrow(/invalid/));
});
