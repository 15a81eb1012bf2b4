/** Labels written in index.html (map and timeline regions, page title) follow the UI language. */
import type { AppStore } from '../../state/appStore';
import { t } from '../../i18n/strings';

/** Keeps the static labels in the current language; returns its teardown. */
export function mountStaticLabels(doc: Document, store: AppStore): () => void {
  const apply = (): void => {
    const lang = store.getState().view.lang;
    doc.getElementById('map')?.setAttribute('aria-label', t(lang, 'mapLabel'));
    doc.getElementById('timeline')?.setAttribute('aria-label', t(lang, 'timelineRegion'));
    doc.title = t(lang, 'appTitle');
  };
  apply();
  return store.subscribe((s) => s.view.lang, apply);
}
