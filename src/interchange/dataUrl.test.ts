/** `?data=`: only same-origin http(s) URLs; everything else is refused with the reason. */
import { describe, expect, it } from 'vitest';
import { dataFileName, parseDataMode, parseDataParam } from './dataUrl';

const BASE = 'http://127.0.0.1:4173/index.html?lang=ru';

describe('parseDataParam', () => {
  it.each([
    ['fixtures/acled.csv', 'http://127.0.0.1:4173/fixtures/acled.csv'],
    ['/data/x.geojson', 'http://127.0.0.1:4173/data/x.geojson'],
    ['http://127.0.0.1:4173/a.json?x=1', 'http://127.0.0.1:4173/a.json?x=1'],
  ])('accepts %s', (value, href) => expect(parseDataParam(value, BASE).href).toBe(href));

  it.each([
    ['https://evil.example/a.csv', /only files from this site \(http:\/\/127\.0\.0\.1:4173\).*evil\.example/],
    ['//evil.example/a.csv', /evil\.example/],
    ['http://127.0.0.1:9999/a.csv', /127\.0\.0\.1:9999/],
    ['javascript:alert(1)', /javascript: URL/],
    ['data:text/csv,a,b', /data: URL/],
    ['blob:http://127.0.0.1:4173/abc', /blob: URL/],
    ['http://user:pw@127.0.0.1:4173/a.csv', /credentials/],
    ['http://[::1', /not a URL/],
    ['', /the data parameter is empty \(expected \?data=<path of a file on this site>\)/],
    ['   ', /the data parameter is empty/],
    ['?lang=en', /names a page, not a file/],
    ['/index.html', /names a page, not a file/],
    ['./', /names a page, not a file/],
    ['/assets/', /names a page, not a file/],
  ])('refuses %s', (value, why) => expect(() => parseDataParam(value, BASE)).toThrow(why));
});

describe('parseDataMode and dataFileName', () => {
  it('defaults to join, accepts replace, refuses anything else', () => {
    expect(parseDataMode(null)).toBe('join');
    expect(parseDataMode('replace')).toBe('replace');
    expect(() => parseDataMode('<b>')).toThrow(/invalid datamode/);
  });
  it('names the file by its last segment', () => {
    expect(dataFileName(new URL('http://h/a/b%20c.csv'))).toBe('b c.csv');
    expect(dataFileName(new URL('http://h/'))).toBe('data');
  });
});
