import { describe, expect, it } from 'vitest';
import { parseGmtSegments } from './gmt.ts';

describe('parseGmtSegments()', () => {
  it('reads levels from the headers and drops one-point segments', () => {
    const text = [
      '> River Segment 0, Level 1',
      '68.1\t37.1',
      '68.2 37.2',
      '> River Segment 1, Level 3',
      '69 38',
      '> no level here',
      '70 38',
      '70.5   38.5',
      '',
    ].join('\n');
    expect(parseGmtSegments(text)).toEqual([
      {
        level: 1,
        coords: [
          [68.1, 37.1],
          [68.2, 37.2],
        ],
      },
      {
        level: 99,
        coords: [
          [70, 38],
          [70.5, 38.5],
        ],
      },
    ]);
  });
  it.each(['', '\n\n', '68 37\n69 38'])('gives nothing for %j (no header)', (text) => {
    expect(parseGmtSegments(text)).toEqual([]);
  });
});
