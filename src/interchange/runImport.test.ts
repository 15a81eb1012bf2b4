/** The import job: records arrive in slices, and every way a worker can fail ends in a message, never a hang. */
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../model/types';
import { failureMessage, runImport, type ImportWorkerLike } from './runImport';
import type { ImportReply, ImportRequest } from './importWorker';
import { fatalReport } from './problemSummary';
import { testOptions } from './testFixtures';

/** A worker the test drives by hand: it records what it was sent and whether it was terminated. */
class FakeWorker extends EventTarget implements ImportWorkerLike {
  sent: ImportRequest[] = [];
  terminated = 0;
  defaultPrevented = false;
  postMessage(m: ImportRequest): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated += 1;
  }
  reply(m: ImportReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: m }));
  }
  fail(message: string): void {
    const ev = new Event('error', { cancelable: true }) as Event & { message: string };
    ev.message = message;
    this.dispatchEvent(ev);
    this.defaultPrevented = ev.defaultPrevented;
  }
}

const rec = (id: string): ImportRecord => ({
  id,
  kind: 'incident',
  title: id,
  lon: 71.5,
  lat: 37.5,
  startDay: 9000,
  endDay: 9000,
  datePrecision: 'day',
  locationPrecision: 'point',
  fatalities: null,
  sourceName: 's',
  sourceText: 't',
  row: 2,
});

function start(): { w: FakeWorker; job: ReturnType<typeof runImport>; progress: number[] } {
  const w = new FakeWorker();
  const progress: number[] = [];
  const job = runImport(
    'x',
    'f.csv',
    testOptions(),
    (f) => progress.push(f),
    () => w,
  );
  return { w, job, progress };
}

describe('runImport', () => {
  it('puts the records of every slice together, in order, and ends the worker at the report', async () => {
    const { w, job, progress } = start();
    expect(w.sent[0]).toMatchObject({ input: 'x', name: 'f.csv' });
    w.reply({ type: 'progress', fraction: 0.5 });
    w.reply({ type: 'records', records: [rec('a'), rec('b')] });
    w.reply({ type: 'records', records: [rec('c')] });
    const report = { ...fatalReport('f.csv', 'x'), fatal: null, records: [], total: 3 };
    w.reply({ type: 'report', report });
    const r = await job.result;
    expect(r.records.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(r.total).toBe(3);
    expect(progress).toEqual([0.5]);
    expect(w.terminated).toBe(1);
  });

  it.each([
    [
      'an error event',
      (w: FakeWorker) => w.fail('Uncaught RangeError: Array buffer allocation failed'),
      /ran out of memory.*allocation failed/,
    ],
    ['an error event without a message', (w: FakeWorker) => w.fail(''), /stopped with an error \(the import worker could not run\)/],
    ['a message that cannot be received', (w: FakeWorker) => w.dispatchEvent(new Event('messageerror')), /could not be received/],
    [
      'a failure the worker posts',
      (w: FakeWorker) => w.reply({ type: 'failed', message: 'DataCloneError: Data cannot be cloned, out of memory.' }),
      /ran out of memory.*cannot be cloned/,
    ],
    [
      'a failure of another kind',
      (w: FakeWorker) => w.reply({ type: 'failed', message: 'TypeError: x is undefined' }),
      /stopped with an error \(TypeError/,
    ],
  ])('%s becomes a fatal report that names it, and ends the worker', async (_name, provoke, why) => {
    const { w, job } = start();
    w.reply({ type: 'records', records: [rec('a')] });
    provoke(w);
    const r = await job.result;
    expect(r.fatal).toMatch(why);
    expect(r.fatal).toMatch(/nothing was imported/);
    expect(r.records).toEqual([]);
    expect(w.terminated).toBe(1);
  });

  it('an error event is handled (not reported again as uncaught)', async () => {
    const { w, job } = start();
    w.fail('boom');
    await job.result;
    expect(w.defaultPrevented).toBe(true);
  });

  it('cancel terminates the worker at once, and what it sends afterwards is ignored', async () => {
    const { w, job } = start();
    job.cancel();
    w.reply({ type: 'report', report: { ...fatalReport('f.csv', 'late'), fatal: null } });
    const r = await job.result;
    expect(r.fatal).toBe('cancelled');
    expect(w.terminated).toBe(1);
  });

  it('where no worker can start, the file is read on the page with the same report', async () => {
    const job = runImport(
      '',
      'empty.csv',
      testOptions(),
      () => undefined,
      () => {
        throw new Error('no module workers here');
      },
    );
    expect((await job.result).fatal).toMatch(/empty file/);
  });
});

describe('failureMessage', () => {
  it.each([
    ['Data cannot be cloned, out of memory.', /ran out of memory/],
    ['RangeError: Invalid string length', /ran out of memory/],
    ['RangeError: Array buffer allocation failed', /ran out of memory/],
    ['TypeError: x is not a function', /stopped with an error/],
    ['  ', /no detail given/],
  ])('%s', (detail, why) => expect(failureMessage(detail)).toMatch(why));
});
