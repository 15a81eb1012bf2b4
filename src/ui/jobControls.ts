/**
 * The controls of a long job started from a dialog (a deck, a video): a progress bar, a Cancel
 * button and a status line whose text is kept as a function of the language, so it is re-read
 * when the UI language changes. One job at a time.
 */
import type { Lang } from '../i18n/langs';
import { h } from './dom';

export interface JobControls {
  progress: HTMLProgressElement;
  cancelButton: HTMLButtonElement;
  status: HTMLElement;
  /** The status text, in the UI language (null: none). */
  setStatus(f: ((l: Lang) => string) | null): void;
  /** Starts a job: shows the bar and Cancel; null while one runs. */
  start(): AbortController | null;
  /** Ends the running job: hides the bar and Cancel. */
  finish(): void;
  /** Aborts the running job, if any. */
  cancel(): void;
  /** Re-reads the texts: `cancel` on the button, `label` as the bar's accessible name. */
  applyLang(cancel: string, label: string): void;
}

/** Controls whose test ids are `<prefix>-progress`, `<prefix>-cancel` and `<prefix>-status`. */
export function createJobControls(prefix: string, lang: () => Lang): JobControls {
  const progress = h('progress', { 'data-testid': `${prefix}-progress`, max: 1, value: 0, hidden: true });
  const cancelButton = h('button', { type: 'button', 'data-testid': `${prefix}-cancel`, hidden: true });
  const status = h('p', { class: 'small', role: 'status', 'data-testid': `${prefix}-status` });
  let statusText: ((l: Lang) => string) | null = null;
  let job: AbortController | null = null;
  const setStatus = (f: ((l: Lang) => string) | null): void => {
    statusText = f;
    status.textContent = f ? f(lang()) : '';
  };
  const cancel = (): void => job?.abort();
  cancelButton.addEventListener('click', cancel);
  return {
    progress,
    cancelButton,
    status,
    setStatus,
    start() {
      if (job) return null;
      job = new AbortController();
      progress.hidden = cancelButton.hidden = false;
      return job;
    },
    finish() {
      job = null;
      progress.hidden = cancelButton.hidden = true;
    },
    cancel,
    applyLang(cancelText, label) {
      cancelButton.textContent = cancelText;
      progress.setAttribute('aria-label', label);
      setStatus(statusText);
    },
  };
}
