/** Hands the bulk filter's counting to the store's selectors (imported by the loader: loads with the first bulk set). */
import { registerBulkCounting } from '../../state/bulkCounting';
import { bulkKeep, countShown, filteredDayCum } from './bulkFilter';

registerBulkCounting({ bulkKeep, countShown, filteredDayCum });
