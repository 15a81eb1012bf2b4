/**
 * An event's border measures as words, in the UI language: "3.2 km from the border, Afghan bank",
 * or, where the location precision allows no distance, why not ("no distance: located only to a
 * province"). Shared by the source panel, the event list, the bulk panel and the chart.
 */
import type { Bank, BorderMeasure } from '../geo/borderRules';
import { formatNumber } from '../calendar/format';
import type { Lang } from './langs';
import { t, type StringKey } from './strings';

const BANK_KEY: Record<Bank, StringKey> = { tj: 'bmBankTj', af: 'bmBankAf', line: 'bmBankLine', other: 'bmBankOther' };

/** Km with the precision the measure has: one decimal under 10 km, whole km above. */
export function formatKm(km: number, lang: Lang): string {
  return formatNumber(km, lang, { maximumFractionDigits: km < 10 ? 1 : 0, minimumFractionDigits: km < 10 ? 1 : 0 });
}

/** The bank in words, or null when unknown. */
export function bankText(bank: Bank | null, lang: Lang): string | null {
  return bank === null ? null : t(lang, BANK_KEY[bank]);
}

/** The distance and bank, or the bank and why there is no distance. */
export function borderMeasureText(m: BorderMeasure, lang: Lang): string {
  const bank = bankText(m.bank, lang);
  switch (m.basis) {
    case 'point':
      if (m.bank === 'line' || m.distanceKm === null) return bank ?? t(lang, 'bmBankLine');
      return [t(lang, 'bmDistance').replace('{km}', formatKm(m.distanceKm, lang)), bank].filter(Boolean).join(', ');
    case 'district-seat':
      return [bank, t(lang, 'bmWhyDistrict')].filter(Boolean).join(' · ');
    case 'area':
      return [bank, t(lang, 'bmWhyArea')].filter(Boolean).join(' · ');
    case 'line':
      return t(lang, 'bmWhyLine');
    case 'none':
      return t(lang, 'bmWhyNone');
  }
}

/** "412 km along the border from the Uzbek tripoint", or null without a place along it. */
export function alongText(m: Pick<BorderMeasure, 'alongKm'>, lang: Lang): string | null {
  return m.alongKm === null ? null : t(lang, 'bmAlong').replace('{km}', formatNumber(Math.round(m.alongKm), lang));
}
