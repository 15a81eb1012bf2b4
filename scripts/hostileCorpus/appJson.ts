/** Corpus cases: the app's own event JSON (the schema of data/events.json). */
import { BIDI, ID_RULE, XSS, add, app, bad, event, ok, refused } from './cases.ts';

export function appJsonCases(): void {
  // App JSON (the schema of data/events.json).
  add('app-valid.json', app(event(), event({ id: 'app-2', date: { start: '2025-11', precision: 'month' } })), ok(2));
  add(
    'app-xss-every-text.json',
    app(
      ...XSS.map((x, i) =>
        event({
          id: `app-x${i}`,
          title: x,
          summary: x,
          location: { precision: 'point', coordinates: [71.55, 37.66], asReported: x },
          sources: [{ sourceId: 'corpus-article', quote: x }],
          notes: [x],
        }),
      ),
    ),
    ok(XSS.length, { browser: true }),
  );
  add('app-bidi.json', app(event({ title: BIDI, summary: BIDI })), ok(1));
  add('app-id-markup.json', app(event({ id: '<img src=x onerror=alert(1)>' })), bad(ID_RULE));
  add('app-id-empty.json', app(event({ id: '' })), bad(ID_RULE));
  add('app-id-number.json', app(event({ id: 7 })), bad(ID_RULE));
  add('app-duplicate-ids.json', app(event(), event()), bad('expected a unique id, got "app-1"', 1, 1));
  add(
    'app-swapped.json',
    app(event({ location: { precision: 'point', coordinates: [37.66, 71.55], asReported: 'x' } })),
    bad('look swapped'),
  );
  add(
    'app-zero-zero.json',
    app(event({ location: { precision: 'point', coordinates: [0, 0], asReported: 'x' } })),
    bad('expected longitude in 60..80 (the frontier area), got 0'),
  );
  add('app-1e999.json', app(event()).replace('71.55', '1e999'), bad('expected a finite number, got Infinity'));
  add(
    'app-range-to-9999.json',
    app(event({ date: { start: '2025-11-01', end: '9999-12-31', precision: 'range' } })),
    bad('date.end: expected a date on or before today'),
  );
  add('app-future.json', app(event({ date: { start: '2099-01-01', precision: 'day' } })), bad('(in the future)'));
  add('app-unreal-date.json', app(event({ date: { start: '2025-02-30', precision: 'day' } })), bad('got "2025-02-30"'));
  add(
    'app-killed-1e308.json',
    app(event({ casualties: [{ sourceId: 'corpus-article', killed: 1e308, injured: null, who: 'x' }] })),
    bad('got 1e+308 (not a safe integer'),
  );
  add(
    'app-killed-unsafe.json',
    app(event({ casualties: [{ sourceId: 'corpus-article', killed: 'K', injured: null, who: 'x' }] })).replace('"K"', '9007199254740993'),
    bad('not a safe integer'),
  );
  add(
    'app-killed-negative.json',
    app(event({ casualties: [{ sourceId: 'corpus-article', killed: -1, injured: null, who: 'x' }] })),
    bad('expected a non-negative integer, got -1'),
  );
  add('app-unknown-field.json', app(event({ onclick: 'alert(1)' })), bad('unexpected field (allowed:'));
  add('app-item-not-object.json', app(event(), 'alert(1)'), bad('expected an object, got "alert(1)"', 1, 1));
  add('app-summary-bomb.json', app(event({ summary: 'S' })).replace('"S"', `${'['.repeat(2000)}${']'.repeat(2000)}`), bad('summary'));
  add(
    'app-bundled-quote-invented.json',
    app(event({ sources: [{ sourceId: 'src-000', quote: 'invented words' }] })),
    bad('exact substring'),
  );
  add('app-empty-array.json', '[]', ok(0));
  add('app-array-of-numbers.json', '[1, 2, 3]', refused('array of something else'));
  add('app-string.json', '"just a string"', refused('got "just a string"'));
}
