/**
 * Date and location precision: which precisions to show. Unticking "province" hides the events
 * located only to a province (hatched areas), "none" those with no place at all.
 */
import { DATE_PRECISIONS, LOCATION_PRECISIONS } from '../../model/types';
import { setFilter } from './setOf';

export const datePrecisionFilter = setFilter({
  id: 'datePrecision',
  param: 'dprec',
  options: DATE_PRECISIONS,
  title: 'filterDatePrecision',
  labels: { day: 'precDay', month: 'precMonth', year: 'precYear', range: 'precRange' },
  of: (e) => e.date.precision,
  uniform: 'datePrecisionMask',
});

export const locationPrecisionFilter = setFilter({
  id: 'locationPrecision',
  param: 'lprec',
  options: LOCATION_PRECISIONS,
  title: 'filterLocationPrecision',
  labels: {
    point: 'precPoint',
    village: 'precVillage',
    district: 'precDistrict',
    province: 'precProvince',
    border: 'precBorder',
    none: 'precNone',
  },
  of: (e) => e.location.precision,
  uniform: 'locationPrecisionMask',
  note: 'filterLocationNote',
});
