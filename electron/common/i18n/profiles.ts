import type { Unit } from '../vocabulary';
import type { Lang } from './languages';

/**
 * What a language needs beyond its message catalog: punctuation, number locale, font, line breaking
 * and how units are shown. Code asks the profile instead of testing the language, so a new language
 * is a catalog, its dataset labels, a font subset and one entry below.
 */

/** An opening and a closing mark. */
export type Pair = readonly [open: string, close: string];

/** Filled with {number} and {unit}; one pattern per plural category (Intl.PluralRules) where the words agree with the number. */
export type ValuePattern = string | PluralPatterns;
export type PluralPatterns = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * One way of showing a unit: from a magnitude of `from` on (in the article's unit; from any magnitude
 * without it), values are shown × `factor` (default 1) and the axis reads `unitLabel` (default: the
 * catalog's unit.*), which is also the pattern's {unit}.
 */
export type UnitScale = { from?: number; factor?: number; unitLabel?: string; pattern: ValuePattern };

export type LangProfile = {
  /** BCP 47 tag for Intl.NumberFormat and Intl.PluralRules. */
  numberLocale: string;
  /** Between the items of a list. */
  listSeparator: string;
  /** Between the clauses of a chart's description. */
  clauseSeparator: string;
  /** Between a label and its text. */
  colon: string;
  /** Around a period or unit added to a label; English's opening mark carries the space before it. */
  brackets: Pair;
  /** The quotation marks the language's text uses, its own first. A label never wraps inside them. */
  quotes: readonly Pair[];
  /** The bundled font subset (renderer/src/fonts.css) that has this language's glyphs. */
  fontFamily: string;
  /**
   * The font the exported workbook names for every cell: one the language's Office users have, so
   * Excel needs no substitute. A reader without it (LibreOffice on Linux) picks a sans-serif fallback.
   */
  workbookFont: string;
  /** Where a line may break: at spaces, or at word boundaries (Intl.Segmenter) outside a no-break run. */
  wrap: 'words' | 'characters';
  /** A value in a unit that `units` does not list. */
  valuePattern: string;
  /** Units shown otherwise than valuePattern: their scales in ascending `from`, the last one reached applies. */
  units: Readonly<Partial<Record<Unit, readonly UnitScale[]>>>;
  /**
   * Where 餘 and 級 go. Inside the value, between number and unit, by the catalog's format.plus and
   * format.levelUnit.* (20餘項, 400億級); or around a value whose unit is part of a pattern, where 級
   * keeps the whole value (CNY 40 bn class) and `plus` wraps it. That template takes {value} where the
   * catalog's takes {number} and {unit}, so it lives here.
   */
  qualifiers: { place: 'inside' } | { place: 'around'; plus: string };
  /**
   * How a period names quarters 1–4 (a period's {quarter}, {to}): mainland statistics write 一季度
   * and 前三季度; Taiwan's write 第1季 and 前3季; English Q1. Absent: digits.
   */
  quarterNumbers?: readonly [string, string, string, string];
};

/** Written Chinese, in either script. */
const chinese = {
  listSeparator: '、',
  clauseSeparator: '；',
  colon: '：',
  brackets: ['（', '）'],
  wrap: 'characters',
  valuePattern: '{number}{unit}',
  units: {},
  qualifiers: { place: 'inside' },
} as const satisfies Partial<LangProfile>;

const PROFILES: Record<Lang, LangProfile> = {
  'zh-Hant': {
    ...chinese,
    numberLocale: 'zh-Hant',
    // 『』 only inside 「」.
    quotes: [
      ['「', '」'],
      ['『', '』'],
    ],
    fontFamily: 'Lvyuan Sans TC',
    workbookFont: 'Microsoft JhengHei',
  },
  'zh-Hans': {
    ...chinese,
    numberLocale: 'zh-Hans',
    // ‘’ only inside “”: npm run i18n turns zh-Hant's 「」 and 『』 into these (scripts/zh-hans.mjs).
    quotes: [
      ['“', '”'],
      ['‘', '’'],
    ],
    fontFamily: 'Lvyuan Sans SC',
    workbookFont: 'Microsoft YaHei',
    quarterNumbers: ['一', '二', '三', '四'],
  },
  en: {
    numberLocale: 'en-US',
    listSeparator: ', ',
    clauseSeparator: '; ',
    colon: ': ',
    brackets: [' (', ')'],
    quotes: [['“', '”']],
    // The Traditional subset holds the Latin glyphs too.
    fontFamily: 'Lvyuan Sans TC',
    workbookFont: 'Calibri',
    wrap: 'words',
    // Counts show the bare number: the label says what is counted.
    valuePattern: '{number}',
    units: {
      // Amounts under 10億元 read better in CNY million: CNY 540 million, not CNY 0.54 bn.
      億元: [
        { factor: 100, unitLabel: 'CNY million', pattern: 'CNY {number} million' },
        { from: 10, factor: 0.1, unitLabel: 'CNY bn', pattern: 'CNY {number} bn' },
      ],
      萬元: [{ factor: 0.01, unitLabel: 'CNY million', pattern: 'CNY {number} million' }],
      萬噸: [{ factor: 10_000, unitLabel: 't', pattern: '{number} {unit}' }],
      '%': [{ pattern: '{number}{unit}' }],
      平方千米: [{ pattern: '{number} {unit}' }],
      '公里/小時': [{ pattern: '{number} {unit}' }],
      GWh: [{ pattern: '{number} {unit}' }],
      倍: [{ pattern: '×{number}' }],
      次: [{ pattern: { one: '{number} time', other: '{number} times' } }],
    },
    qualifiers: { place: 'around', plus: '{value}+' },
  },
};

export function profile(lang: Lang): LangProfile {
  return PROFILES[lang];
}
