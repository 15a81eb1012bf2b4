/**
 * Unit-test setup: what the app loads on demand before it is used is loaded up front here, so
 * modules can be tested alone — every UI language's strings, and the bulk chunk's counting (which
 * registers itself with the selectors when the bulk loader loads).
 */
import { LANGS } from '../i18n/langs';
import { loadLocale } from '../i18n/registry';
import '../overlays/bulk/registerCounting';

await Promise.all(LANGS.map(loadLocale));
