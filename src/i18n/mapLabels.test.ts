import { describe, expect, it } from 'vitest';
import { MAX_LABEL_CHARS, mapLabelText, stripBidiControls } from './mapLabels';

describe('mapLabelText(text)', () => {
  it.each([
    ['short text is kept as it is', 'Shadak post attack', 'Shadak post attack'],
    ['empty text stays empty', '', ''],
    ['whitespace runs and line breaks become one space', '  Clash\n\nat\tthe   river ', 'Clash at the river'],
    ['a right-to-left override is removed', 'Clash \u202Eat the river', 'Clash at the river'],
    [
      'every embedding, override, isolate and mark is removed',
      '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061Cx',
      'x',
    ],
    ['right-to-left script itself is kept', 'حمله در شهرک', 'حمله در شهرک'],
  ])('%s', (_name, input, want) => expect(mapLabelText(input)).toBe(want));

  it('text of exactly the limit is kept; one character more is cut to the limit with an ellipsis', () => {
    const exact = 'a'.repeat(MAX_LABEL_CHARS);
    expect(mapLabelText(exact)).toBe(exact);
    const over = mapLabelText('b'.repeat(MAX_LABEL_CHARS + 1));
    expect(over).toBe(`${'b'.repeat(MAX_LABEL_CHARS - 1)}…`);
    expect([...over]).toHaveLength(MAX_LABEL_CHARS);
  });

  it('a 20,000-character title becomes a label of at most 120 characters', () => {
    const label = mapLabelText('Long title '.repeat(2000));
    expect(label.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(label.endsWith('…')).toBe(true);
    expect(label.startsWith('Long title Long title')).toBe(true);
  });

  it('cuts between whole graphemes (no half emoji or lone combining mark) and drops a trailing space', () => {
    const flags = '🇹🇯'.repeat(200);
    const label = mapLabelText(flags, 10);
    expect(label).toBe(`${'🇹🇯'.repeat(9)}…`);
    expect(mapLabelText('abcd efgh', 6)).toBe('abcd…');
  });
});

describe('stripBidiControls(text)', () => {
  it('keeps everything else, including letters of any script', () => {
    expect(stripBidiControls('Фархор \u202Eabc\u202C')).toBe('Фархор abc');
  });
});
