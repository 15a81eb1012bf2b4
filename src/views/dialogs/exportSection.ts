/** The export half of the data dialog: the window or all events, as GeoJSON or CSV. */
import type { AppStore, Lang } from '../../state/appStore';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';
import type { ImportRecord } from '../../model/types';
import type { ImportSession } from '../../interchange/importSession';
import { datasetRecords, selectRecords } from '../../interchange/export/selectRecords';
import { recordsToGeoJson } from '../../interchange/export/toGeoJson';
import { downloadText } from '../../interchange/export/download';
import { borderIndexFor, measureLocation, type BorderMeasure } from '../../geo/borderMeasure';

/**
 * Each exported record's border measures: a curated or small-import event's own (computed at
 * load); a bulk record's measured now, by the same rules (a district-level record's coordinates
 * give its place along the border, a province-level one none).
 */
export function borderOfRecords(store: AppStore): (r: ImportRecord) => BorderMeasure | null {
  const s = store.getState();
  const byId = new Map((s.data.dataset?.events ?? []).map((e) => [e.id, e.border]));
  const index = s.data.geo ? borderIndexFor(s.data.geo) : undefined;
  return (r) => {
    const own = byId.get(r.id);
    if (own) return own;
    const located = Number.isFinite(r.lon) && Number.isFinite(r.lat);
    return measureLocation(
      {
        locationPrecision: r.locationPrecision,
        geometry: located ? [r.lon, r.lat] : null,
        areaId: r.extra?.['area'] ?? null,
        atDistrictSeat: r.locationPrecision === 'district',
      },
      index,
    );
  };
}

/** Every event on screen as records: the dataset's events plus a bulk import's records. */
export function recordsOnScreen(store: AppStore, session: ImportSession): ImportRecord[] {
  const ds = store.getState().data.dataset;
  const active = session.current();
  const base = ds ? datasetRecords(ds, session.importedById()) : [];
  return active?.bulk ? [...base, ...active.records] : base;
}

/**
 * The section's builder for one dialog: call it on each render with the language. The scope
 * chosen (window or all) is this dialog's own choice, so it lives here and survives re-renders;
 * the buttons read the store when clicked, so the section never goes stale.
 */
export function createExportSection(store: AppStore, session: ImportSession): (lang: Lang) => HTMLElement {
  let scope: 'window' | 'all' = 'window';
  return (lang) => {
    const status = h('p', { class: 'export-status', role: 'status', 'data-testid': 'export-status' });
    const radio = (value: 'window' | 'all', key: 'exportWindow' | 'exportAll'): HTMLElement => {
      const r = h('input', { type: 'radio', name: 'export-scope', value, 'data-testid': `export-scope-${value}` });
      r.checked = scope === value;
      r.addEventListener('change', () => (scope = value));
      return h('label', { class: 'toggle' }, r, ` ${t(lang, key)}`);
    };
    const run = async (format: 'geojson' | 'csv'): Promise<void> => {
      const w = store.getState().time.window;
      const records = selectRecords(recordsOnScreen(store, session), scope === 'window' ? w : null);
      const borderOf = borderOfRecords(store);
      const name = `frontier-events-${scope}.${format}`;
      // The CSV writer (papaparse) loads on first use: the default view never needs it.
      if (format === 'csv')
        downloadText(name, (await import('../../interchange/export/toCsv')).recordsToCsv(records, borderOf), 'text/csv;charset=utf-8');
      else downloadText(name, JSON.stringify(recordsToGeoJson(records, borderOf), null, 1), 'application/geo+json');
      status.textContent = `${t(lang, 'exportDone')}: ${records.length} — ${name}`;
    };
    const geo = h('button', { 'data-testid': 'export-geojson', text: t(lang, 'exportGeoJson') });
    geo.addEventListener('click', () => void run('geojson'));
    const csv = h('button', { 'data-testid': 'export-csv', text: t(lang, 'exportCsv') });
    csv.addEventListener('click', () => void run('csv'));
    return h(
      'section',
      { class: 'export-section' },
      h('h3', { text: t(lang, 'exportHeading') }),
      h(
        'fieldset',
        { class: 'export-scope' },
        h('legend', { text: t(lang, 'exportScope') }),
        radio('window', 'exportWindow'),
        radio('all', 'exportAll'),
      ),
      h('div', { class: 'panel-actions' }, geo, csv),
      status,
    );
  };
}
