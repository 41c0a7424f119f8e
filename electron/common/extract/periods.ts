import { parseNumeral } from '../numerals';
import { isHeading } from './article-text';

/**
 * Time words and the period each figure takes from them. Periods are written as the report file
 * writes them: 2025, 2025-H1, 2025-Q1, 2025-Q1/2025-Q3, 2025-01/2025-11, 2025-11, 2021/2025.
 *
 * A time word holds until its paragraph ends or another replaces it. A word that is the base of a
 * comparison (较2023年, 比上年同期, 与2020年相比) sets nothing. A paragraph with none goes on in
 * the period the paragraph before it ended in; before any, the year the text speaks of.
 */
type Part = { kind: 'year' } | { kind: 'half'; half: 1 | 2 } | { kind: 'quarters'; from: number; to: number } | { kind: 'months'; from: number; to: number };

export type TimeWord = {
  start: number;
  end: number;
  /** A year it names itself (2025年, 113年, 二〇二五年), or one relative to the text's (今年 0, 去年 −1). */
  year?: number;
  relative?: number;
  /** 同季, 同月: the last quarter or month named. */
  same?: 'quarter' | 'month';
  /** Holds to its sentence's end only (截至3月底). */
  sentenceOnly?: boolean;
  /** 未来五年: the span of that many years after the publication's. */
  nextYears?: number;
  /** 连续五年: the span of that many years up to the text's year. */
  lastYears?: number;
  /** 目前: the publication's month where its date has one. */
  now?: boolean;
  /** 今年: the publication's year, where 全年 is the text's. */
  fromPublication?: boolean;
  /** A day (2024年4月29日): it sets no period. */
  date?: boolean;
  /** A period no part can say (a fiscal year from April). */
  fixed?: string;
  /** A span of years (2021—2025年, 十四五). */
  to?: number;
  part: Part;
  /** The base of a comparison: it names a period but sets none. */
  base: boolean;
};

const YEAR = '((?:民国)?(?:\\d{3,4}|[〇零一二三四五六七八九]{3,4}))\\s?年(?:度)?';
const YEAR4 = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九元])';
const DASH = '\\s*[-—–~～至到]\\s*';
const QUARTER = '(?:第)?([一二三四1-4])(?:季度|季)';
/** A month that is not the start of a date (10月20日 names a day, not a month's figures). */
const NOT_DATE = '(?![\\d一二三四五六七八九十]+[日号])';

type Read = Omit<TimeWord, 'start' | 'end' | 'base'> | undefined;

/** Alternatives tried in order at each place; the first that matches wins. */
const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray, roc: boolean) => Read }> = [
  // 2019/20年度: a fiscal year from April (Hong Kong's budget year).
  {
    re: /(\d{4})\/(\d{2})年度/uy,
    read: (m) => {
      const from = Number(m[1]);
      return Number(m[2]) === (from + 1) % 100 ? { year: from, fixed: `${from}-04/${from + 1}-03`, part: { kind: 'year' } } : undefined;
    },
  },
  // A date (2024年4月29日: a dateline, a deadline) names a day, not the period of a figure.
  { re: new RegExp(`${YEAR}${MONTH}月${MONTH}[日号]`, 'uy'), read: (m, roc) => withYear(m[1], roc, { date: true, part: { kind: 'year' } }) },
  // 2021—2025年, 2021年至2025年
  { re: new RegExp(`${YEAR4}年?${DASH}${YEAR4}年`, 'uy'), read: (m) => span(year4(m[1]), year4(m[2])) },
  // 十四五 (the 14th Five-Year Plan, 2021–2025): plans run five years from 1966 on (the third).
  {
    re: /[“"「『]?十([一二三四五六七八九])五[”"」』]?(规划|时期|期间|以来|末|初|开局)?/uy,
    read: (m) => {
      const plan = 10 + (parseNumeral(m[1] ?? '')?.value ?? 0);
      const from = 1966 + 5 * (plan - 3);
      // “十三五”末 is the plan's last year, a level at its end.
      if (m[2] === '末') return { year: from + 4, part: { kind: 'year' } };
      return span(from, from + 4);
    },
  },
  // 2025年1—11月, 2025年前三季度, 2025年上半年, 2025年一季度, 2025年11月, 2025年; 113年 in Taiwan's calendar
  { re: new RegExp(`${YEAR}(?:${MONTH}${DASH}${MONTH}月份?)`, 'uy'), read: (m, roc) => withYear(m[1], roc, months(undefined, m[2], m[3])) },
  { re: new RegExp(`${YEAR}(?:首|前)${MONTH}个?月`, 'uy'), read: (m, roc) => withYear(m[1], roc, months(undefined, 1, m[2])) },
  { re: new RegExp(`${YEAR}前([二三四])季度?`, 'uy'), read: (m, roc) => withYear(m[1], roc, quarters(undefined, 1, m[2])) },
  { re: new RegExp(`${YEAR}([上下])半年`, 'uy'), read: (m, roc) => withYear(m[1], roc, { part: { kind: 'half', half: m[2] === '上' ? 1 : 2 } }) },
  { re: new RegExp(`${YEAR}${QUARTER}`, 'uy'), read: (m, roc) => withYear(m[1], roc, quarters(undefined, m[2], m[2])) },
  { re: new RegExp(`${YEAR}${MONTH}月(?:份)?${NOT_DATE}`, 'uy'), read: (m, roc) => withYear(m[1], roc, months(undefined, m[2], m[2])) },
  { re: new RegExp(YEAR, 'uy'), read: (m, roc) => withYear(m[1], roc, { part: { kind: 'year' } }) },
  // 连续五年, 近5年, 过去五年: the years up to the text's.
  { re: /(?:连续|近|最近|过去)([\d一二三四五六七八九十]{1,2})年(?![度底末])/uy, read: (m) => lastYears(m[1]) },
  { re: /([\d一二三四五六七八九十]{1,2})年来/uy, read: (m) => lastYears(m[1]) },
  // 未来五年: the years after the text's.
  {
    re: /(?:未来|今后)([\d一二三四五六七八九十]{1,2})年(?![度底末])/uy,
    read: (m) => {
      const n = parseNumeral(m[1] ?? '')?.value;
      return n !== undefined && n >= 2 && n <= 20 ? { nextYears: n, fromPublication: true, part: { kind: 'year' } } : undefined;
    },
  },
  // 截至8月底的3个月: the months ending with that one.
  {
    re: new RegExp(`(?:截至|至)${MONTH}月底?的?([\\d一二三四五六七八九十]{1,2})个月`, 'uy'),
    read: (m) => {
      const to = small(m[1]);
      const n = small(m[2]);
      return n >= 2 && to - n + 1 >= 1 ? months(undefined, to - n + 1, to) : undefined;
    },
  },
  // 112Q1, 2023Q1: a year and a quarter in a table's shorthand.
  { re: /(\d{3,4})Q([1-4])/uy, read: (m, roc) => withYear(m[1], roc || (m[1]?.length ?? 0) === 3, quarters(undefined, m[2], m[2])) },
  // 首季 (Hong Kong): the first quarter.
  { re: /首季(?!度)/uy, read: () => quarters(undefined, 1, 1) },
  // Parts without a year: 1—11月, 首10个月, 前三季度, 上半年, 一季度, 10月, 全年, 今年, 去年
  { re: new RegExp(`${MONTH}${DASH}${MONTH}月份?`, 'uy'), read: (m) => months(undefined, m[1], m[2]) },
  { re: new RegExp(`(?:今年|本年)?(?:首|前)${MONTH}个?月`, 'uy'), read: (m) => months(undefined, 1, m[1]) },
  { re: /[前首]([二三四])季度?/uy, read: (m) => quarters(undefined, 1, m[1]) },
  // 同季, 同月 (opening a clause): the quarter or month the text last named.
  { re: /(?<=^|[，,。；;\n])同([季月])(?!比)/uy, read: (m) => ({ same: m[1] === '季' ? 'quarter' : 'month', part: { kind: 'year' } }) },
  { re: /([上下])半年/uy, read: (m) => ({ part: { kind: 'half', half: m[1] === '上' ? 1 : 2 } }) },
  { re: new RegExp(QUARTER, 'uy'), read: (m) => quarters(undefined, m[1], m[1]) },
  { re: new RegExp(`${MONTH}月(?:份)?${NOT_DATE}`, 'uy'), read: (m) => months(undefined, m[1], m[1]) },
  { re: /今年/uy, read: () => ({ relative: 0, fromPublication: true, part: { kind: 'year' } }) },
  // 目前, 如今: the time of writing, as precise as the publication date says.
  { re: /(?:目前|当前|如今|现阶段)/uy, read: () => ({ relative: 0, fromPublication: true, now: true, part: { kind: 'year' } }) },
  { re: /(?:全年|本年度?|年内|当年)/uy, read: () => ({ relative: 0, part: { kind: 'year' } }) },
  { re: /(?:去年|上年|上一年|过去一年)/uy, read: () => ({ relative: -1, part: { kind: 'year' } }) },
  { re: /(?:明年|下一年)/uy, read: () => ({ relative: 1, part: { kind: 'year' } }) },
];

/** A year as printed: four digits, or three in Taiwan's calendar (113年 is 2024) in Traditional text or after 民国. */
function withYear(printed: string | undefined, roc: boolean, rest: Read): Read {
  if (rest === undefined || printed === undefined) return undefined;
  const republic = printed.startsWith('民国');
  const digits = republic ? printed.slice(2) : printed;
  const n = parseNumeral(digits)?.value;
  if (n === undefined) return undefined;
  if (digits.length === 4) return n >= 1900 && n <= 2100 ? { ...rest, year: n } : undefined;
  if (!(roc || republic) || n < 38 || n > 200) return undefined;
  return { ...rest, year: n + 1911 };
}

function lastYears(count: string | undefined): Read {
  const n = parseNumeral(count ?? '')?.value;
  return n !== undefined && n >= 2 && n <= 20 ? { lastYears: n, part: { kind: 'year' } } : undefined;
}

function year4(text: string | undefined): number {
  return parseNumeral(text ?? '')?.value ?? Number.NaN;
}

function small(text: string | number | undefined): number {
  if (typeof text === 'number') return text;
  // 元月: January.
  if (text === '元') return 1;
  return parseNumeral(text ?? '')?.value ?? Number.NaN;
}

function span(from: number, to: number): Omit<TimeWord, 'start' | 'end' | 'base'> | undefined {
  return to > from && to - from < 30 ? { year: from, to, part: { kind: 'year' } } : undefined;
}

function months(
  year: number | undefined,
  from: string | number | undefined,
  to: string | number | undefined,
): Omit<TimeWord, 'start' | 'end' | 'base'> | undefined {
  const a = small(from);
  const b = small(to);
  if (!(a >= 1 && b <= 12 && a <= b)) return undefined;
  return { ...(year === undefined ? {} : { year }), part: { kind: 'months', from: a, to: b } };
}

function quarters(
  year: number | undefined,
  from: string | number | undefined,
  to: string | number | undefined,
): Omit<TimeWord, 'start' | 'end' | 'base'> | undefined {
  const a = small(from);
  const b = small(to);
  if (!(a >= 1 && b <= 4 && a <= b)) return undefined;
  return { ...(year === undefined ? {} : { year }), part: { kind: 'quarters', from: a, to: b } };
}

/** Words before a time word that make it the base of a comparison, and words after. */
const BASE_BEFORE = /(?:较|比|同比|与|和|跟|对比|相比|相较|较之|高于|低于|快于|慢于|好于|超过|持平于?|回落|为|占)[^，。；,;\n]{0,1}$/u;
const BASE_AFTER = /^(?:同期|同月|相比|比较|同比|末相比|水平|以前|《)/u;

/**
 * The characters a time word can start with (a digit, a Chinese numeral, 今, 去, 前, 首, “…): a new
 * pattern adds its first character here, or it is never tried.
 */
const STARTS = /[\d〇零一二三四五六七八九十元民今本全年当去上下明前首同过近连最未截至到第目如现“"「『]/u;

/** Every time word in the (Simplified, ASCII-digit) text, in order. */
export function timeWords(text: string, roc: boolean): TimeWord[] {
  const found: TimeWord[] = [];
  for (let at = 0; at < text.length;) {
    let word: TimeWord | undefined;
    // A time word starts a token: not inside a longer number (12025年) or a word (第一季 is fine); and
    // only a character that starts one is worth trying every pattern at.
    if (!/\d/u.test(text[at - 1] ?? '') && STARTS.test(text[at] ?? '')) {
      for (const pattern of PATTERNS) {
        pattern.re.lastIndex = at;
        const m = pattern.re.exec(text);
        if (m === null) continue;
        const read = pattern.read(m, roc);
        if (read === undefined || (read.year !== undefined && Number.isNaN(read.year))) continue;
        const end = at + m[0].length;
        // A date (2024年12月31日) names its year, not a month's period.
        const before = text.slice(Math.max(0, at - 3), at);
        // 截至2020年3月底: a point that holds for its own sentence, not the paragraph.
        const asOf = /(?:截至|截止|至|到)$/u.test(before) && /^[底末]/u.test(text.slice(end, end + 1));
        const sentenceOnly = asOf;
        word = { ...read, start: at, end, base: read.date === true || isBase(text, at, end), ...(sentenceOnly ? { sentenceOnly } : {}) };
        break;
      }
    }
    if (word) {
      found.push(word);
      at = word.end;
    } else at++;
  }
  return found;
}

function isBase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  // 由二季度的第12位上升到第6位: where a change started.
  if (/[由从]$/u.test(before) && text[end] === '的') return true;
  // 较「十四五」初期增长833%: a change over the span, whose period is the span.
  if (/^(?:初期|初|开局之年|开局)/u.test(text.slice(end, end + 4)) && /[”"」』]$|十.五$/u.test(text.slice(start, end))) return false;
  // 至2020年3月底 is a day the figure stands at (its own sentence's period, asOf), not a base;
  // 仅次于111年, 回复至2019年…水平 are bases.
  return (
    /(?:较|比|同比|与|跟|对比|相比|相较|较之|高于|低于|快于|慢于|好于|次于|多于|少于|回复至|恢复至|回复到|恢复到|相当于)$/u.test(
      text.slice(Math.max(0, start - 6), start),
    ) ||
    (BASE_BEFORE.test(before) && /(?:较|比|与)$/u.test(before.slice(-2, -1))) ||
    BASE_AFTER.test(text.slice(end, end + 4))
  );
}

/** The period a time word names, given the year the text is speaking of. */
export function periodOf(word: TimeWord, contextYear: number | undefined): string | undefined {
  const year = word.year ?? (contextYear === undefined ? undefined : contextYear + (word.relative ?? 0));
  if (year === undefined) return undefined;
  if (word.fixed !== undefined) return word.fixed;
  if (word.lastYears !== undefined) return `${year - word.lastYears + 1}/${year}`;
  if (word.nextYears !== undefined) return `${year + 1}/${year + word.nextYears}`;
  if (word.to !== undefined) return `${year}/${word.to}`;
  const part = word.part;
  switch (part.kind) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${part.half}`;
    case 'quarters':
      return part.from === part.to ? `${year}-Q${part.from}` : `${year}-Q${part.from}/${year}-Q${part.to}`;
    case 'months': {
      const mm = (n: number): string => `${year}-${String(n).padStart(2, '0')}`;
      return part.from === part.to ? mm(part.from) : `${mm(part.from)}/${mm(part.to)}`;
    }
  }
}

/** The year a period string speaks of (its last year for a span). */
export function yearOfPeriod(period: string): number {
  return Number(period.slice(0, 4));
}

/**
 * Periods for places in the text: `at(offset)` is the period in force there. Built once per
 * article, as the rules read it from the top.
 */
export class PeriodScope {
  private readonly settings: Array<{ at: number; period: string | undefined; said?: boolean }> = [];

  constructor(text: string, roc: boolean, publicationYear: number | undefined, publicationMonth?: number) {
    // A chart's or table's caption (图2 2019年—2023年…) names what it shows, not what the text says.
    const all = timeWords(text, roc);
    const words = all.filter((w) => !w.base && !inCaption(text, w.start));
    // The year the text speaks of before it names one: its latest year not after its publication (a
    // bulletin of 2024 published in 2025; a 2025 review that also looks back at 2024), else publication's.
    // A date inside a sentence (2017年12月16日，…名单揭晓) is a year the text speaks of too; a dateline
    // on a line of its own (…统计局 2024年4月29日) is when it was written.
    const dated = all.filter((w) => w.date === true && w.year !== undefined && /[，,。]/u.test(lineAt(text, w.start)));
    const named = [...words, ...dated].filter((w) => w.year !== undefined && w.to === undefined && w.relative === undefined).map((w) => w.year ?? 0);
    const past = named.filter((y) => publicationYear === undefined || y <= publicationYear);
    // A text that names no year, published in a year's first two months, reviews the year before (预计全年…).
    const earlyYear = publicationYear !== undefined && publicationMonth !== undefined && publicationMonth <= 2 ? publicationYear - 1 : publicationYear;
    const textYear = past.length > 0 ? Math.max(...past) : (named[0] ?? earlyYear);
    let contextYear = textYear;
    let headingYear: number | undefined;
    let articlePeriod = contextYear === undefined ? undefined : String(contextYear);
    let start = 0;
    let w = 0;
    while (start <= text.length) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      let current = articlePeriod;
      // A year named in an earlier paragraph (2016年超越…, a history) is not the year of this one's
      // 1-10月; a heading's year (一、2025年工作回顾) is, for the lines under it.
      contextYear = headingYear ?? textYear;
      const headingLine = isHeadingLine(text.slice(start, end));
      this.settings.push({ at: start, period: current });
      // The period this paragraph hands to the next: the narrowest its first sentence names.
      let framing: string | undefined;
      let saidYear: { end: number; year: number } | undefined;
      for (; w < words.length && (words[w]?.start ?? Infinity) <= end; w++) {
        const word = words[w];
        if (word === undefined) continue;
        // A part right after 今年 or 去年 (今年第一季) takes that year.
        const after =
          saidYear !== undefined && word.year === undefined && word.relative === undefined && word.start <= saidYear.end + 1 ? saidYear.year : undefined;
        // 今年, 去年 and 明年 count from the day the article appeared; 全年 and 上半年 from the text's year.
        const base =
          word.relative !== undefined && word.relative !== 0
            ? (publicationYear ?? contextYear)
            : word.fromPublication
              ? (publicationYear ?? contextYear)
              : contextYear;
        const period =
          word.same !== undefined
            ? [...this.settings].reverse().find((x) => x.period !== undefined && (word.same === 'quarter' ? /^\d{4}-Q\d$/u : /^\d{4}-\d{2}$/u).test(x.period))
                ?.period
            : word.now === true && publicationYear !== undefined && publicationMonth !== undefined
              ? `${publicationYear}-${String(publicationMonth).padStart(2, '0')}`
              : periodOf(word, after ?? base);
        if (period === undefined) continue;
        if (word.sentenceOnly === true) {
          // The sentence's own period; the paragraph's comes back after it.
          const stop = sentenceEnd(text, word.end);
          this.settings.push({ at: word.start, period, said: true }, { at: stop, period: current });
          this.settings.sort((x, y) => x.at - y.at);
          continue;
        }
        if (word.year !== undefined && word.to === undefined) {
          contextYear = word.year;
          if (headingLine) headingYear = word.year;
        }
        // 今年第一季, 去年同期: a part right after a year said in words is that year's.
        if (word.relative !== undefined && /^\d{4}$/u.test(period)) saidYear = { end: word.end, year: Number(period) };
        current = period;
        // The paragraph's narrowest period frames the next (十一月, not the 今年 said after it).
        // Only a word of its first sentence: a year named in passing later on (…2024年有5户企业入选) frames nothing.
        const firstSentence = word.start < sentenceEnd(text, start);
        if (firstSentence && narrowness(period) >= narrowness(framing)) framing = period;
        this.settings.push({ at: word.start, period, said: true });
      }
      // A paragraph without a time word of its own goes on in the period the one before it ended in
      // (预计全年… after a review of the year); a span (十四五以来) frames no paragraph after its own.
      // A heading's span (过去5年, “十五五”时期…) frames the lines under it; a prose span does not.
      if (framing !== undefined && (!/^\d{4}\/\d{4}$/u.test(framing) || isHeadingLine(text.slice(start, end)))) articlePeriod = framing;
      start = end + 1;
    }
  }

  at(offset: number): string | undefined {
    return this.detail(offset).period;
  }

  /** The period at `offset`, and whether a time word of its paragraph said it (else the article's frame). */
  detail(offset: number): { period: string | undefined; said: boolean } {
    // The last setting at or before the offset (settings are in text order): a binary search.
    let low = 0;
    let high = this.settings.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.settings[mid]?.at ?? Infinity) <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const setting = this.settings[found];
    return setting === undefined ? { period: undefined, said: false } : { period: setting.period, said: setting.said === true };
  }
}

/** Inside a caption line: one that starts 图N or 表N. */
function inCaption(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*[图表]\s*\d/u.test(text.slice(lineStart, lineStart + 6));
}

const SENTENCE_END = /[。；;！？!?\n]/gu;

/** Where the sentence around `at` ends (searched in place: a slice per word would make a long text quadratic). */
function sentenceEnd(text: string, at: number): number {
  SENTENCE_END.lastIndex = at;
  const found = SENTENCE_END.exec(text);
  return found ? found.index + 1 : text.length;
}

/** How narrow a period is: a month over a quarter over a half over a year; a span of years least. */
function narrowness(period: string | undefined): number {
  if (period === undefined) return -1;
  if (/^\d{4}\/\d{4}$/u.test(period)) return 0;
  if (/^\d{4}-\d{2}$/u.test(period)) return 5;
  if (/^\d{4}-Q\d$/u.test(period)) return 4;
  if (/^\d{4}-\d{2}\/\d{4}-\d{2}$/u.test(period)) return 3;
  if (/-H\d$|^\d{4}-Q\d\/\d{4}-Q\d$/u.test(period)) return 2;
  return 1;
}

/**
 * The periods a list of time words names, in order (2023年第1季、第2季及第3季): a word without a year
 * takes the one before it, or the year of `fallback`. Empty where the words are not such a list.
 */
export function listedPeriods(text: string, roc: boolean, fallback: string | undefined): string[] {
  const words = timeWords(text, roc).filter((w) => !w.base);
  let year = fallback === undefined ? undefined : yearOfPeriod(fallback);
  const periods: string[] = [];
  for (const word of words) {
    if (word.year !== undefined) year = word.year;
    const period = periodOf(word, year);
    if (period !== undefined) periods.push(period);
  }
  return periods;
}

/** The period a phrase names when it is one time word and nothing else (首季, 111年); else undefined. */
export function periodOfPhrase(text: string, roc: boolean, fallback: string | undefined): string | undefined {
  const words = timeWords(text, roc);
  const [word] = words;
  if (words.length !== 1 || word === undefined || word.start !== 0 || word.end !== text.length) return undefined;
  return periodOf(word, word.year ?? (fallback === undefined ? undefined : yearOfPeriod(fallback)));
}

/** A heading line (一、…, 过去5年): short, no sentence in it. */
function isHeadingLine(line: string): boolean {
  return isHeading(line);
}

function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
