/**
 * The data dialog: import a file (picker, drag-and-drop anywhere, or `?data=`), see the
 * report, consent to a partial import, cancel one that takes long, remove the import again; export
 * the window or everything as GeoJSON or CSV. A native modal <dialog>, so focus, Esc and keyboard
 * work without extra code.
 */
import type { AppStore, Lang } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { today } from '../../calendar/days';
import { t } from '../../i18n/strings';
import { bdi, clear, h } from '../../ui/dom';
import { importOptionsFor } from '../../interchange/geoRefs';
import { loadSourceTexts } from '../../load/sourceTexts';
import { runImport, type ImportJob } from '../../interchange/runImport';
import type { ImportReport } from '../../interchange/problemSummary';
import { acceptAttribute } from '../../interchange/formats/registry';
import { createImportSession, type ImportMode, type ImportSession } from '../../interchange/importSession';
import { reportSummaryNodes, reportTable } from './importReport';
import { createExportSection } from './exportSection';
import { startFromUrl } from './importSources';

export interface DataDialog {
  session: ImportSession;
  /** Opens the dialog (as the topbar button does). */
  open(): void;
  /** Imports a file (as a drop does). */
  importFile(f: File): void;
  /** Imports the `?data=` file, if any; call once the map is up so a bulk import has its layer. */
  loadFromUrl(): Promise<void>;
  destroy(): void;
}

/** A status line; `file` (a file name from the user) is shown bidi-isolated between `status` and `after`. */
type Idle = { kind: 'idle'; status: string; file?: string; after?: string };
type Phase = Idle | { kind: 'reading'; name: string } | { kind: 'report'; result: ImportReport };

/** The import in progress: reading the file (`job`), then putting it on the map (`abort`). */
interface Attempt {
  job: ImportJob | null;
  abort: AbortController;
}

export interface DataDialogOptions {
  /** False in an embed without `import=1`: no picker, drop or `?data=` (export stays). Default true. */
  importing?: boolean;
}

/** The topbar button and the (empty, closed) `<dialog>` element, made by dataButton.ts before this module loads. */
export interface DataDialogShell {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
}

/**
 * Fills the dialog behind the topbar button (dataButton.ts loads this module when the dialog is
 * first needed: a click, a drop or a `?data=` URL).
 */
export function mountDataDialog(store: AppStore, win: Window, shell: DataDialogShell, opts: DataDialogOptions = {}): DataDialog {
  const { button, dialog } = shell;
  const importing = opts.importing ?? true;
  const doc = win.document;
  const session = createImportSession(store);
  const exportSection = createExportSection(store, session);
  let phase: Phase = { kind: 'idle', status: '' };
  let mode: ImportMode = 'join';
  let attempt: Attempt | null = null;
  const progress = h('progress', { max: 1, value: 0, 'data-testid': 'import-progress' });

  const lang = (): Lang => store.getState().view.lang;
  const open = (): void => {
    if (!dialog.open) dialog.showModal();
  };

  /** Stops the import in progress (its worker is terminated); nothing on screen has changed. */
  const stop = (): void => {
    attempt?.job?.cancel();
    attempt?.abort.abort();
    attempt = null;
  };

  const start = async (input: Blob | string, name: string): Promise<void> => {
    const s = store.getState();
    if (!importing || !s.data.geo || !s.data.dataset) return;
    stop();
    open();
    progress.value = 0;
    phase = { kind: 'reading', name };
    render();
    const mine: Attempt = { job: null, abort: new AbortController() };
    attempt = mine;
    let texts: ReadonlyMap<string, string>;
    try {
      // Quotes from the bundled articles are checked against their texts, which load on demand.
      texts = await loadSourceTexts(store);
    } catch (e) {
      if (attempt !== mine) return;
      attempt = null;
      phase = { kind: 'idle', status: `${t(lang(), 'importFailed')}: ${e instanceof Error ? e.message : String(e)}` };
      return render();
    }
    if (attempt !== mine) return; // cancelled, or superseded by a newer file
    const job = runImport(input, name, importOptionsFor(s.data.geo, s.data.dataset, texts, today()), (f) => (progress.value = f));
    mine.job = job;
    const result = await job.result;
    if (attempt !== mine) return; // cancelled, or superseded by a newer file
    mine.job = null;
    if (result.fatal === null && result.records.length > 0 && result.rejected === 0) await apply(result, mine);
    else {
      attempt = null;
      phase = { kind: 'report', result };
      render();
    }
  };

  const apply = async (result: ImportReport, mine: Attempt = { job: null, abort: new AbortController() }): Promise<void> => {
    const l = lang();
    if (attempt !== mine) {
      stop();
      attempt = mine;
      phase = { kind: 'reading', name: result.file };
      render();
    }
    // Putting a large file on the map takes a while too; the bar has no fraction for it.
    progress.removeAttribute('value');
    try {
      const a = await session.apply(result.records, result.file, mode, mine.abort.signal);
      if (attempt !== mine) return;
      const after: string[] = [];
      if (a.clashes) after.push(`${a.clashes} ${t(l, 'importClashes')}`);
      if (a.bulk) after.push(t(l, 'importBulk'));
      phase = {
        kind: 'idle',
        status: `${t(l, 'importDone')}: ${a.records.length} — `,
        file: result.file,
        after: after.map((p) => ` · ${p}`).join(''),
      };
    } catch (e) {
      if (attempt !== mine) return; // cancelled: the cancel already said so
      phase = { kind: 'idle', status: `${t(l, 'importFailed')}: ${e instanceof Error ? e.message : String(e)}` };
    }
    attempt = null;
    render();
  };

  const cancel = (): void => {
    stop();
    phase = { kind: 'idle', status: t(lang(), 'importCancelled') };
    render();
    (dialog.querySelector('#import-file') as HTMLElement | null)?.focus();
  };

  const importSection = (): HTMLElement => {
    const l = lang();
    const input = h('input', {
      type: 'file',
      id: 'import-file',
      accept: acceptAttribute(),
      'data-testid': 'import-file',
    });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) void start(f, f.name);
    });
    const radio = (value: ImportMode, key: 'importModeJoin' | 'importModeReplace'): HTMLElement => {
      const r = h('input', { type: 'radio', name: 'import-mode', value, 'data-testid': `import-mode-${value}` });
      r.checked = mode === value;
      r.addEventListener('change', () => (mode = value));
      return h('label', { class: 'toggle' }, r, ` ${t(l, key)}`);
    };
    const body: Array<HTMLElement | null> = [
      h('h3', { text: t(l, 'importHeading') }),
      h('p', { class: 'muted small', text: t(l, 'importHint') }),
      h('label', { for: 'import-file', class: 'file-label', text: t(l, 'chooseFile') }),
      input,
      h(
        'fieldset',
        { class: 'import-mode' },
        h('legend', { text: t(l, 'importMode') }),
        radio('join', 'importModeJoin'),
        radio('replace', 'importModeReplace'),
      ),
    ];
    if (phase.kind === 'reading') {
      progress.setAttribute('aria-label', `${t(l, 'importReading')}: ${phase.name}`);
      const stopButton = h('button', { 'data-testid': 'import-cancel', text: t(l, 'importCancel') });
      stopButton.addEventListener('click', cancel);
      body.push(h('div', { class: 'import-progress' }, h('span', {}, `${t(l, 'importReading')}: `, bdi(phase.name)), progress, stopButton));
    }
    const status = h('p', { class: 'import-status', role: 'status', 'data-testid': 'import-status' });
    if (phase.kind === 'idle') status.append(phase.status, ...(phase.file === undefined ? [] : [bdi(phase.file), phase.after ?? '']));
    if (phase.kind === 'report') {
      const r = phase.result;
      status.append(...reportSummaryNodes(r, l));
      body.push(status, reportTable(r, l));
      const discard = h('button', { 'data-testid': 'import-discard', text: t(l, 'importDiscard') });
      discard.addEventListener('click', () => {
        phase = { kind: 'idle', status: t(l, 'importNothing') };
        render();
      });
      const actions = h('div', { class: 'panel-actions' });
      if (r.records.length > 0) {
        const consent = h('button', {
          class: 'primary',
          'data-testid': 'import-consent',
          text: `${t(l, 'importConsent')} (${r.records.length})`,
        });
        consent.addEventListener('click', () => void apply(r));
        actions.append(consent);
      } else status.append(` — ${t(l, 'importNothing')}`);
      actions.append(discard);
      body.push(actions);
    } else body.push(status);
    const active = session.current();
    if (active) {
      const remove = h('button', { 'data-testid': 'import-remove', text: t(l, 'importRemove') });
      remove.addEventListener('click', () => {
        session.remove();
        phase = { kind: 'idle', status: '' };
        render();
        (dialog.querySelector('#import-file') as HTMLElement | null)?.focus();
      });
      body.push(
        h(
          'div',
          { class: 'import-active', 'data-testid': 'import-active' },
          h('p', {}, `${t(l, 'importActive')}: `, bdi(active.name), ` (${active.records.length})`),
          remove,
        ),
      );
    }
    return h('section', { class: 'import-section' }, ...body);
  };

  const render = (): void => {
    const l = lang();
    button.textContent = t(l, 'dataButton');
    const focusedId =
      doc.activeElement instanceof HTMLElement && dialog.contains(doc.activeElement) ? doc.activeElement.dataset['testid'] : undefined;
    clear(dialog);
    const close = h('button', { class: 'panel-close', 'aria-label': t(l, 'closeDialog'), 'data-testid': 'data-dialog-close', text: '×' });
    close.addEventListener('click', () => dialog.close());
    dialog.append(
      h('header', { class: 'panel-head' }, h('h2', { id: 'data-dialog-title', text: t(l, 'dataDialogTitle') }), close),
      ...(importing ? [importSection()] : []),
      exportSection(l),
    );
    // Keep keyboard users where they were; after a report, take them to its first action.
    const target =
      phase.kind === 'report'
        ? '[data-testid="import-consent"], [data-testid="import-discard"]'
        : focusedId
          ? `[data-testid="${focusedId}"]`
          : null;
    if (dialog.open && target) (dialog.querySelector(target) as HTMLElement | null)?.focus();
  };

  render();
  const unsubs = [watch(store, (s) => [s.view.lang] as const, render), session.subscribe(render)];

  return {
    session,
    open: () => {
      render();
      open();
    },
    importFile: (f) => void start(f, f.name),
    loadFromUrl: async () => {
      if (!importing) {
        if (new URLSearchParams(win.location.search).has('data'))
          console.warn('Frontier Map: ignoring URL parameter — data (this embed does not import files; its URL needs import=1)');
        return;
      }
      return startFromUrl(
        win,
        (input, name) => start(input, name),
        (m) => (mode = m),
        (msg) => {
          phase = { kind: 'idle', status: msg };
          render();
          open();
        },
      );
    },
    destroy: () => {
      stop();
      unsubs.forEach((u) => u());
      dialog.remove();
    },
  };
}
