/** The progress bar shown while a bulk set is read, sorted, indexed and uploaded. */
import { h } from '../../ui/dom';
import type { BulkProgress } from './types';

const PHASE_LABEL: Record<BulkProgress['phase'], string> = {
  reading: 'Reading',
  generating: 'Generating',
  sorting: 'Sorting by time',
  indexing: 'Indexing places',
  uploading: 'Drawing',
};

export interface ProgressHandle {
  update(p: BulkProgress): void;
  done(): void;
}

/** Shows a progress bar for loading `name` over the map; `done()` removes it. */
export function showBulkProgress(name: string, parent: HTMLElement = document.getElementById('stage') ?? document.body): ProgressHandle {
  const bar = h('div', { class: 'bulk-progress-bar' });
  const label = h('span', { class: 'bulk-progress-label', text: `${PHASE_LABEL.reading} ${name}…` });
  const box = h(
    'div',
    {
      class: 'bulk-progress',
      role: 'progressbar',
      'aria-label': `Loading ${name}`,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
      'data-testid': 'bulk-progress',
    },
    label,
    h('div', { class: 'bulk-progress-track' }, bar),
  );
  parent.append(box);
  return {
    update(p) {
      const pct = Math.round(Math.max(0, Math.min(1, p.fraction)) * 100);
      box.setAttribute('aria-valuenow', String(pct));
      // Width via CSSOM (allowed under a strict CSP, unlike inline style attributes).
      bar.style.width = `${pct}%`;
      label.textContent = `${PHASE_LABEL[p.phase]} ${name}… ${pct}%`;
    },
    done() {
      box.remove();
    },
  };
}
