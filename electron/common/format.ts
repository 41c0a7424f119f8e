import { parsePeriod, type PeriodPoint, type Qualifier, type Unit } from './vocabulary';
import { englishUnit, unitInScript } from './unit-words';
import type { Lang, Localized } from './i18n/languages';
import { t, tMaybe } from './i18n/messages';
import { profile, type UnitScale, type ValuePattern } from './i18n/profiles';

/**
 * How a unit is shown in a language (LangProfile.units): Chinese shows the article's unit as printed,
 * English converts 億元 to CNY bn, 萬元 to CNY million and 萬噸 to tonnes. Charts plot value × factor,
 * so the axis, the table and the workbook all agree.
 */
export type Scale = { factor: number; unitLabel: string };

/** The profile's way of showing `unit` at `magnitude`; undefined for the language's plain valuePattern. */
function unitScale(unit: Unit, lang: Lang, magnitude: number): UnitScale | undefined {
  let reached: UnitScale | undefined;
  for (const scale of profile(lang).units[unit] ?? []) if (scale.from === undefined || magnitude >= scale.from) reached = scale;
  return reached;
}

function toScale(unit: Unit, lang: Lang, scale: UnitScale | undefined): Scale {
  return { factor: scale?.factor ?? 1, unitLabel: scale?.unitLabel ?? unitLabel(unit, lang) };
}

/** `largest` is the largest value the chart shows: one axis unit has to suit all its values. */
export function scaleFor(unit: Unit, lang: Lang, largest = Infinity): Scale {
  return toScale(unit, lang, unitScale(unit, lang, largest));
}

/** The catalog's words for the common units; for the rest of the list, the unit in the language's script or in English words. */
export function unitLabel(unit: Unit, lang: Lang): string {
  const named = tMaybe(lang, `unit.${unit}`);
  if (named !== undefined) return named;
  return lang === 'en' ? englishUnit(unit) : unitInScript(unit, lang);
}

/** Rounds away binary noise (391 × 0.1 = 39.1, not 39.100000000000001). */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A value in a scale's unit, as an axis plots it: 561.3億元 is 56.13 CNY bn, not 56.129999999999995. */
export function scaled(value: number, scale: Scale): number {
  return clean(value * scale.factor);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  // Building an Intl.NumberFormat costs far more than using one; a page formats hundreds of values.
  const key = `${lang}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(profile(lang).numberLocale, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(clean(value));
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The pattern for `count`. Every fraction digit counts (1 time, but 1.5 times and 1.001 times, even
 * where the number shows as 1): the default PluralRules would round at three digits.
 */
function patternFor(pattern: ValuePattern, count: number, lang: Lang): string {
  if (typeof pattern === 'string') return pattern;
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(profile(lang).numberLocale, { maximumFractionDigits: 20 });
    pluralRules.set(lang, rules);
  }
  return pattern[rules.select(count)] ?? pattern.other;
}

function fill(pattern: string, params: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
}

/** A value with its unit and no qualifier: 391億元 / 391亿元 / CNY 39.1 bn. */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const display = unitScale(unit, lang, value);
  const scale = toScale(unit, lang, display);
  const pattern = patternFor(display?.pattern ?? profile(lang).valuePattern, value * scale.factor, lang);
  return fill(pattern, { number: formatNumber(scaled(value, scale), lang), unit: scale.unitLabel });
}

/** A range in one scale, the upper end's: 8.5至10億元 / CNY 0.85–1 bn. */
function formatRange(from: number, to: number, unit: Unit, lang: Lang): string {
  const display = unitScale(unit, lang, to);
  const scale = toScale(unit, lang, display);
  const pattern = patternFor(display?.pattern ?? profile(lang).valuePattern, to * scale.factor, lang);
  const number = t(lang, 'format.range', { from: formatNumber(scaled(from, scale), lang), to: formatNumber(scaled(to, scale), lang) });
  return fill(pattern, { number, unit: scale.unitLabel });
}

/**
 * A figure as the article states it, qualifier included: 超7%, 30戶以上, 20餘項, 400億級, ≥ 30,
 * > CNY 56.13 bn; in the article's words where it states the value in words (翻番, not 2倍: in
 * Chinese statistics 增長2倍 reads as +200%).
 */
export function formatFigure(
  figure: { value: number; upper?: number | undefined; unit: Unit; qualifier: Qualifier; stated?: Localized | undefined },
  lang: Lang,
): string {
  if (figure.stated) return figure.stated[lang];
  const { value, unit, qualifier } = figure;
  const plain = formatValue(value, unit, lang);
  const { qualifiers } = profile(lang);
  switch (qualifier) {
    case 'exact':
      return plain;
    case 'over':
      return t(lang, 'format.over', { value: plain });
    case 'at_least':
      return t(lang, 'format.atLeast', { value: plain });
    case 'approx':
      return t(lang, 'format.approx', { value: plain });
    case 'at_most':
      return t(lang, 'format.atMost', { value: plain });
    case 'range':
      return formatRange(value, figure.upper ?? value, unit, lang);
    case 'plus':
      return qualifiers.place === 'around'
        ? fill(qualifiers.plus, { value: plain })
        : t(lang, 'format.plus', { number: formatNumber(value, lang), unit: unitLabel(unit, lang) });
    case 'level': {
      const levelUnit = qualifiers.place === 'inside' ? tMaybe(lang, `format.levelUnit.${unit}`) : undefined;
      const shown = levelUnit === undefined ? plain : `${formatNumber(value, lang)}${levelUnit}`;
      return t(lang, 'format.level', { value: shown });
    }
  }
}

/** A quarter's number as the language writes it in a period (一 in 一季度, 1 in Q1). */
function quarterNumber(quarter: number, lang: Lang): string {
  return profile(lang).quarterNumbers?.[quarter - 1] ?? String(quarter);
}
const monthNames = new Map<Lang, Intl.DateTimeFormat>();

/** A month's name where the language names months (Nov), else its number. */
function monthName(month: number, lang: Lang): string {
  let format = monthNames.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(profile(lang).numberLocale, { month: 'short', timeZone: 'UTC' });
    monthNames.set(lang, format);
  }
  return lang === 'en' ? format.format(new Date(Date.UTC(2000, month - 1, 1))) : String(month);
}

function formatPoint(p: PeriodPoint, lang: Lang): string {
  const year = String(p.year);
  switch (p.kind) {
    case 'year':
      return t(lang, 'period.year', { year });
    case 'half':
      return t(lang, p.part === 1 ? 'period.half1' : 'period.half2', { year });
    case 'quarter':
      return t(lang, 'period.quarter', { year, quarter: quarterNumber(p.part, lang) });
    case 'month':
      return t(lang, 'period.month', { year, month: monthName(p.part, lang) });
  }
}

/**
 * 2025 → 2025年 / 2025; 2025-H1 → 2025年上半年 / H1 2025; 2025-Q1 → 2025年第1季 / Q1 2025;
 * 2025-01/2025-11 → 2025年1至11月 / Jan–Nov 2025; 2021/2025 → the 14th Five-Year Plan.
 */
export function formatPeriod(period: string, lang: Lang, short = false): string {
  const parts = parsePeriod(period);
  if (!parts) return period;
  const { from, to } = parts;
  if (to === undefined) return formatPoint(from, lang);
  const year = String(from.year);
  if (from.kind === 'year')
    return year === '2021' && to.year === 2025
      ? t(lang, short ? 'period.fyp14Short' : 'period.fyp14')
      : t(lang, 'period.range', { from: year, to: String(to.year) });
  if (from.year === to.year && from.kind === 'quarter')
    return from.part === 1
      ? t(lang, 'period.quartersToDate', { year, to: quarterNumber(to.part, lang) })
      : t(lang, 'period.quarters', { year, from: quarterNumber(from.part, lang), to: quarterNumber(to.part, lang) });
  if (from.year === to.year && from.kind === 'month') return t(lang, 'period.months', { year, from: monthName(from.part, lang), to: monthName(to.part, lang) });
  return t(lang, 'period.span', { from: formatPoint(from, lang), to: formatPoint(to, lang) });
}

export function qualifierLabel(qualifier: Qualifier, lang: Lang): string {
  return t(lang, `qualifier.${qualifier}`);
}
