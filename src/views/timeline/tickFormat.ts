/** Axis tick labels that suit the zoom level (years → months → days), in English or Russian. */
import { timeFormatLocale, utcDay, utcFormat, utcMonth, utcYear, type ScaleTime } from 'd3';
import type { Lang } from '../../state/appStore';

const ru = timeFormatLocale({
  dateTime: '%A, %e %B %Y г. %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  shortMonths: ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
});

const formats = {
  en: { year: utcFormat('%Y'), month: utcFormat('%b'), monthYear: utcFormat('%b %Y'), day: utcFormat('%-d %b') },
  ru: { year: ru.utcFormat('%Y'), month: ru.utcFormat('%b'), monthYear: ru.utcFormat('%b %Y'), day: ru.utcFormat('%-d %b') },
};

/** Multi-scale format: "2025" at year ticks, "Nov" at month ticks ("Jan 2026" at a new year), "30 Nov" at days. */
export function tickFormatFor(_x: ScaleTime<number, number>, lang: Lang): (d: Date | { valueOf(): number }) => string {
  const f = formats[lang];
  return (v) => {
    const d = v instanceof Date ? v : new Date(v.valueOf());
    if (+utcYear.floor(d) === +d) return f.year(d);
    if (+utcMonth.floor(d) === +d) return d.getUTCMonth() === 0 ? f.monthYear(d) : f.month(d);
    return f.day(utcDay.floor(d));
  };
}
