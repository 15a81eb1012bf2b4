/** The briefings shipped in `data/briefings/`, bundled with the app (so they work offline and in the single file). */
import type { Dataset } from '../model/types';
import type { TimeWindow } from '../calendar/window';
import { parseBriefing, type Briefing } from './briefing';

const files = import.meta.glob('../../data/briefings/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** Every valid shipped briefing, checked against the data and the article texts; an invalid one is reported with a warning and left out. */
export function loadBriefings(dataset: Dataset, articles: Iterable<string>, bounds: TimeWindow): Briefing[] {
  const facts = { events: dataset.events, phases: dataset.phases, articles: [...articles] };
  const out: Briefing[] = [];
  for (const [path, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const name = path.split('/').pop() ?? path;
    const r = parseBriefing(raw, facts, bounds, `data/briefings/${name}`);
    if (r.ok) out.push(r.briefing);
    else for (const e of r.errors) console.warn(`Frontier Map briefing skipped — ${e}`);
  }
  return out;
}
