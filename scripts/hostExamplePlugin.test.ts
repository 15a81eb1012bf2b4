import { describe, expect, it } from 'vitest';
import { shipsHostExample } from './hostExamplePlugin';

describe('shipsHostExample', () => {
  it.each([
    ['the production build (no test hooks) leaves it out', undefined, false, false],
    ['a build with VITE_TEST_HOOKS=0 leaves it out', '0', false, false],
    ['the test build (VITE_TEST_HOOKS=1) writes it', '1', false, true],
    ['the single-file build never does', '1', true, false],
  ])('%s', (_name, testHooks, singleFile, want) => expect(shipsHostExample({ testHooks, singleFile })).toBe(want));
});
