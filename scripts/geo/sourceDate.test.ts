import { describe, expect, it } from 'vitest';
import { GeoBuildError } from './log.ts';
import { chooseSourceDate } from './sourceDate.ts';

describe('chooseSourceDate()', () => {
  it.each<[string, string | undefined, unknown, string]>([
    ['the env value wins', '2026-01-02', [{ extracted: '2025-05-05' }], '2026-01-02'],
    [
      'else the first recorded date',
      undefined,
      [{ extracted: null }, { extracted: '2025-05-05' }, { extracted: '2024-01-01' }],
      '2025-05-05',
    ],
    ['else today (no previous file)', undefined, undefined, '2030-12-31'],
    ['else today (nothing recorded)', undefined, [{ extracted: null }], '2030-12-31'],
    ['an empty env value is ignored', '', [{ extracted: '2025-05-05' }], '2025-05-05'],
  ])('%s', (_name, env, previous, want) => {
    expect(chooseSourceDate(env, previous, '2030-12-31')).toBe(want);
  });
  it.each(['2026-1-2', 'yesterday', '2026-01-02T00:00'])('refuses SOURCE_DATE=%s', (env) => {
    expect(() => chooseSourceDate(env, undefined, '2030-12-31')).toThrow(GeoBuildError);
  });
});
