/**
 * Property-based fuzzing of embed options (fast-check): any query parses without throwing into
 * known controls and an allow-list of exact origins (or `*`), never wider than a build-time list,
 * and every warning names its parameter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../interchange/fuzzArbitraries';
import { fuzzParams, fuzzTimeout } from '../testing/fuzz';
import { EMBED_CONTROLS, parseEmbedOptions, writeEmbedOptions } from './embedOptions';

const OWN = 'https://map.example';
const value = fc.oneof(
  fc.constantFrom(
    ...HOSTILE_STRINGS,
    '1',
    '0',
    'true',
    'timeline,legend',
    'list,,play',
    '*',
    'https://news.example',
    'https://news.example/',
    'https://news.example/path',
    'http://a.example:8080',
    'https://user:pw@evil.example',
    'javascript:alert(1)',
    'null',
    'https://a.example,https://b.example,*',
  ),
  fc.webUrl(),
  fc
    .array(fc.oneof(fc.webUrl(), fc.constantFrom(...EMBED_CONTROLS), fc.string({ maxLength: 8 })), { maxLength: 4 })
    .map((xs) => xs.join(',')),
  fc.string({ maxLength: 30 }),
);
const query = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom('embed', 'controls', 'autoplay', 'origins', 'sel'), value), { maxLength: 6 })
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string({ maxLength: 60 }),
);
const fixed = fc.option(fc.constantFrom<string[]>(['https://news.example'], ['https://a.example', 'https://b.example'], ['*']), {
  nil: null,
});

/** True for `*` or an origin exactly as `new URL().origin` writes it (http/https, no credentials, no path). */
const isOrigin = (o: string): boolean => {
  if (o === '*') return true;
  try {
    const u = new URL(o);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o;
  } catch {
    return false;
  }
};

const RUNS = 500;

describe('embed options under fuzzing (fast-check, fixed seed; FUZZ_RUNS for more)', () => {
  it(
    'any query gives known controls and exact origins, never more than the build allows; write → read keeps them',
    () => {
      fc.assert(
        fc.property(query, fixed, (q, fixedOrigins) => {
          const { options, warnings } = parseEmbedOptions(q, OWN, fixedOrigins);
          expect(typeof options.embed).toBe('boolean');
          expect(typeof options.autoplay).toBe('boolean');
          for (const c of options.controls) expect(EMBED_CONTROLS).toContain(c);
          for (const o of options.origins) expect(isOrigin(o), o).toBe(true);
          if (fixedOrigins && !fixedOrigins.includes('*')) for (const o of options.origins) expect(fixedOrigins).toContain(o);
          for (const w of warnings) expect(w).toMatch(/^invalid (embed|controls|autoplay|origins): /);
          const again = parseEmbedOptions(`?${writeEmbedOptions(new URLSearchParams(), options).toString()}`, OWN, fixedOrigins);
          expect(again.warnings).toEqual([]);
          expect([...again.options.controls].sort()).toEqual([...options.controls].sort());
          expect(again.options.autoplay).toBe(options.autoplay);
        }),
        fuzzParams(RUNS),
      );
    },
    fuzzTimeout(RUNS, 2),
  );
});
