/** The message naming a part that failed to load on first use (the load notice, the Export dialog's status). */
import type { Lang } from './langs';
import type { OnDemandPart } from '../state/appStore';
import { t, type StringKey } from './strings';

/** Each part is named as the control the user reaches it by. */
const PART_LABEL: Record<OnDemandPart, StringKey> = {
  sourcePanel: 'partSource',
  borderChart: 'bcToggle',
  compare: 'cmpToggle',
  dataDialog: 'dataButton',
  shareDialog: 'shareButton',
  exportDialog: 'exportImage',
  exportExtras: 'deckHeading',
  briefing: 'briefingButton',
  language: 'language',
  density: 'layerDensity',
  timelineGestures: 'timelineRegion',
};

/** “<part>” could not be loaded…, in `lang`. */
export const partFailedText = (lang: Lang, part: OnDemandPart): string =>
  t(lang, 'partFailed').replace('{part}', t(lang, PART_LABEL[part]));
