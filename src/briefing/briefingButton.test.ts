import { describe, expect, it } from 'vitest';
import { namesBriefing } from './briefingButton';
import { parseStepParams } from './briefing';

// The boot check loads the presenter only when this says so: every query the presenter would open a step for must pass it.
describe('namesBriefing', () => {
  it.each([
    ['', false],
    ['?from=2025-01-01', false],
    ['?briefing=', false],
    ['?step=3', false],
    ['?briefing=csto-2025-26', true],
    ['?briefing=csto-2025-26&step=6', true],
    ['?lang=ru&step=2&briefing=x', true],
    ['?briefing=unknown&step=99', true],
  ])('namesBriefing(%j) is %s', (search, expected) => {
    expect(namesBriefing(search)).toBe(expected);
  });

  it.each(['', '?briefing=', '?step=2', '?briefing=a', '?briefing=a&step=0', '?briefing=a&step=x', '?x=1&briefing=a&step=3'])(
    'is true wherever parseStepParams(%j) finds a step',
    (search) => {
      if (parseStepParams(search, () => 5) !== null) expect(namesBriefing(search)).toBe(true);
      else expect(namesBriefing(search)).toBe(false);
    },
  );
});
