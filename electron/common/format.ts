import { PERIOD_PATTERN, type Qualifier, type Unit } from './vocabulary';
import type { Lang } from './i18n/languages';
import { t, tMaybe } from './i18n/messages';

/**
 * How a unit is shown in a language. Chinese shows the article's unit as printed; English
 * converts 億元 to CNY bn, 萬元 to CNY million and 萬噸 to tonnes. Charts plot value × factor,
 * so the axis, the table and the workbook all agree.
 */
export type Scale = { factor: number; unitLabel: string };

const EN_SCALES: Partial<Record<Unit, Scale>> = {
  億元: { factor: 0.1, unitLabel: 'CNY bn' },
  萬元: { factor: 0.01, unitLabel: 'CNY million' },
  萬噸: { factor: 10_000, unitLabel: 't' },
};

/** `largest` is the largest value the chart shows: 億元 amounts all under 10 read better in CNY million. */
export function scaleFor(unit: Unit, lang: Lang, largest = Infinity): Scale {
  if (lang === 'en' && unit === '億元' && largest < 10) return { factor: 100, unitLabel: 'CNY million' };
  return (lang === 'en' ? EN_SCALES[unit] : undefined) ?? { factor: 1, unitLabel: unitLabel(unit, lang) };
}

export function unitLabel(unit: Unit, lang: Lang): string {
  return tMaybe(lang, `unit.${unit}`) ?? unit;
}

/** Rounds away binary noise (391 × 0.1 = 39.1, not 39.100000000000001). */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  // Building an Intl.NumberFormat costs far more than using one; a page formats hundreds of values.
  const key = `${lang}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(clean(value));
}

/** English for a value without its qualifier: CNY 39.1 bn, 217.6 km², 176. */
function englishValue(value: number, unit: Unit): string {
  const n = (v: number) => formatNumber(v, 'en');
  switch (unit) {
    case '億元':
      return value >= 10 ? `CNY ${n(value / 10)} bn` : `CNY ${n(value * 100)} million`;
    case '萬元':
      return `CNY ${n(value / 100)} million`;
    case '%':
      return `${n(value)}%`;
    case '平方千米':
      return `${n(value)} km²`;
    case '萬噸':
      return `${n(value * 10_000)} t`;
    case '公里/小時':
      return `${n(value)} km/h`;
    case '倍':
      return `×${n(value)}`;
    case '次':
      return value === 1 ? '1 time' : `${n(value)} times`;
    default:
      return n(value); // counts: the label says what is counted
  }
}

/** A value with its unit and no qualifier: 391億元 / 391亿元 / CNY 39.1 bn. */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  return lang === 'en' ? englishValue(value, unit) : `${formatNumber(value, lang)}${unitLabel(unit, lang)}`;
}

/** A figure as the article states it, qualifier included: 超7%, 30戶以上, 20餘項, 400億級, ≥ 30, > CNY 56.13 bn. */
export function formatFigure(figure: { value: number; unit: Unit; qualifier: Qualifier }, lang: Lang): string {
  const { value, unit, qualifier } = figure;
  const plain = formatValue(value, unit, lang);
  switch (qualifier) {
    case 'exact':
      return plain;
    case 'over':
      return t(lang, 'format.over', { value: plain });
    case 'at_least':
      return t(lang, 'format.atLeast', { value: plain });
    case 'approx':
      return t(lang, 'format.approx', { value: plain });
    case 'plus':
      return lang === 'en' ? `${plain}+` : t(lang, 'format.plus', { number: formatNumber(value, lang), unit: unitLabel(unit, lang) });
    case 'level': {
      const levelUnit = lang === 'en' ? undefined : tMaybe(lang, `format.levelUnit.${unit}`);
      const shown = levelUnit === undefined ? plain : `${formatNumber(value, lang)}${levelUnit}`;
      return t(lang, 'format.level', { value: shown });
    }
  }
}

/** 2025 → 2025年 / 2025; 2025-H1 → 2025年上半年 / H1 2025; 2021/2025 → the 14th Five-Year Plan. */
export function formatPeriod(period: string, lang: Lang, short = false): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  const [, year = '', half, to] = match;
  if (to !== undefined) return year === '2021' && to === '2025' ? t(lang, short ? 'period.fyp14Short' : 'period.fyp14') : t(lang, 'period.range', { from: year, to });
  if (half !== undefined) return t(lang, half === '1' ? 'period.half1' : 'period.half2', { year });
  return t(lang, 'period.year', { year });
}

export function qualifierLabel(qualifier: Qualifier, lang: Lang): string {
  return t(lang, `qualifier.${qualifier}`);
}
