/**
 * The cited reports in full, on demand: the default view has only their index (ids, outlets, fact
 * ids; `fetchDefault.ts`), and the views that show a report's facts, headline or address (the
 * source panel, slide and deck citations) call `loadReports` first. Fetched and validated once.
 */
import type { Report } from '../model/types';
import type { AppStore } from '../state/appStore';
import { DATA_FILES } from '../schema/manifest';
import { validateReports } from '../schema/validate';
import { DataLoadError, getDataFile } from './fetchDefault';
import { normaliseReport } from './normalise';
import { onceUntilFailure } from './onceUntilFailure';

const fetchReports = onceUntilFailure(async (): Promise<Report[]> => {
  const result = validateReports(await getDataFile(DATA_FILES.reports, 'json'));
  if (result.errors.length > 0)
    throw new DataLoadError(
      'Cited reports are invalid',
      result.errors.map((e) => e.message),
    );
  return result.records.map(normaliseReport);
});

/** The dataset's reports in full: from the store when there, else fetched (once per page) and put there. */
export function loadReports(store: AppStore): Promise<Report[]> {
  const have = store.getState().data.dataset?.reports;
  if (have) return Promise.resolve(have);
  return fetchReports().then((reports) => {
    store.getState().setReports(reports);
    return reports;
  });
}
