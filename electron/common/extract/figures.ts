import { numeralsIn, parseNumeral } from '../numerals';
import { clauseAt, sentenceAt, type Range } from './clauses';
import { labelOf } from './labels';
import { listedPeriods, PeriodScope, periodOfPhrase, yearOfPeriod } from './periods';
import { numberOf, printedNumber, readNumber, rulesCopy, type Reading } from './readings';
import { scriptOf, type Script } from './script';
import { BEFORE_QUALIFIERS, statusOf } from './status';
import { BASE_UNITS } from './units';

/**
 * Figures in an article, each a whole tuple: value, unit, qualifier, status and period, with the
 * clause that states it. One rule makes a figure: a number with an optional 余/多, an optional
 * magnitude word and a unit from the closed list (units.ts). The rest qualify or remove what that
 * finds. Every rule reads a Simplified copy of the text with ASCII digits, the same length as the
 * article, so offsets and quotes are the article's own.
 */
export type ExtractQualifier = 'exact' | 'over' | 'at_least' | 'plus' | 'approx' | 'level' | 'at_most' | 'range';
export type ExtractStatus = 'actual' | 'expected' | 'target';

export type ExtractedFigure = {
  value: number;
  /** A range's upper end (8.5亿元至10亿元: value 8.5, upper 10). */
  upper?: number;
  /** The value in Arabic digits, as printed: 44589, 8.5~10. */
  printed: string;
  /** As printed, in the article's script, with the magnitude word: 亿元, 億元, 个百分点. */
  unit: string;
  qualifier: ExtractQualifier;
  status: ExtractStatus;
  period: string | undefined;
  /** The figure's own characters in the text. */
  start: number;
  end: number;
  /** The clause that states it, verbatim. */
  quote: Range & { text: string };
  /** What it measures, in the article's words, from its clause. */
  label: string;
};

export type ExtractOptions = {
  /** The publication date, YYYY, YYYY-MM or YYYY-MM-DD: the year of 今年 and of periods the text leaves out. */
  date?: string;
  /** Units beyond the built-in list, in Simplified script. */
  units?: readonly string[];
};

export type Extraction = { script: Script; figures: ExtractedFigure[] };

const RANK_WORDS = /(?:排名|排|位居|居|位列|列|跃居|跻身|稳居|名列)[^，。；,;\d]{0,14}$|全[市省国区县州球](?:范围内)?$/u;

export function extractFigures(text: string, options: ExtractOptions = {}): Extraction {
  const s = rulesCopy(text);
  const script = scriptOf(text, s);
  const units = options.units ? [...BASE_UNITS, ...options.units] : BASE_UNITS;
  const publicationYear = options.date === undefined ? undefined : Number(options.date.slice(0, 4));
  const publicationMonth = options.date !== undefined && options.date.length >= 7 ? Number(options.date.slice(5, 7)) : undefined;
  const lineStarts = new Set<number>([0]);
  for (let i = 0; i < s.length; i++) if (s[i] === '\n') lineStarts.add(i + 1);
  const periods = new PeriodScope(s, script === 'zh-Hant', publicationYear, publicationMonth);

  const readings: Reading[] = [];
  for (const found of numeralsIn(s)) {
    if (found.percent) {
      const tail = s.slice(found.end, found.end + 2);
      readings.push({
        start: found.start,
        end: found.end + (tail === '以上' || tail === '以下' || tail === '以内' || tail === '左右' ? 0 : 0),
        value: found.value,
        printed: printedNumber(found.value),
        magnitude: '',
        unit: '%',
        plus: false,
        level: false,
        suffix: tail === '以上' ? 'at_least' : tail === '以下' || tail === '以内' ? 'at_most' : tail === '左右' ? 'approx' : undefined,
        chinese: !/\d/u.test(found.text),
        percentWords: found.text.startsWith('百分之'),
      });
      continue;
    }
    const reading = readNumber(s, found.start, found.end, units) ?? readNumber(s, found.start, shrinkToParse(s, found.start, found.end), units);
    if (reading) readings.push(reading);
  }

  // A printed minus sign is part of the value (-2.45‰); a dash after a number is a range.
  for (const reading of readings) {
    const sign = s[reading.start - 1];
    if ((sign === '-' || sign === '−' || sign === '－' || sign === '负') && !/[\d%.]/u.test(s[reading.start - 2] ?? '')) {
      reading.start -= 1;
      reading.value = -reading.value;
      reading.printed = printedNumber(reading.value);
    }
  }

  // A list carries its unit back (分别为3、5、7家; 高于全国0.7、全省2.3个百分点).
  for (let i = readings.length - 2; i >= 0; i--) {
    const a = readings[i];
    const b = readings[i + 1];
    if (a === undefined || b === undefined || a.unit !== undefined || b.unit === undefined || a.chinese) continue;
    if (lineStarts.has(a.start)) continue;
    const between = s.slice(a.end, b.start);
    if (between.length <= 8 && /^[、和及与或]/u.test(between) && !/[，,。；;\n：:]/u.test(between)) {
      a.unit = b.unit;
      a.plus ||= b.plus;
    }
  }

  const figures: ExtractedFigure[] = [];
  const used = new Set<Reading>();
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i];
    if (reading === undefined || used.has(reading)) continue;
    let figure = figureOf(reading);
    if (figure === undefined) continue;
    // A range is one figure: 8.5亿元至10亿元, 8.5至10亿元, 16%-37%, 1~2位.
    const next = readings[i + 1];
    if (next?.unit !== undefined) {
      const between = s.slice(reading.end, next.start);
      if (/^\s*[-—–~至到]\s*$/u.test(between) && (reading.unit === undefined || reading.unit === next.unit)) {
        used.add(next);
        figure = { ...figure, upper: next.value, unit: next.unit, qualifier: 'range', end: next.end };
      }
    }
    if (figure.unit === undefined) continue;
    const complete = finish(figure);
    if (complete) figures.push(complete);
  }
  // A structure stated as a ratio whose parts make 100 (三次产业结构比为0.4:28.3:71.3) is in percent.
  for (const match of s.matchAll(/(?<![\d.:])(\d+(?:\.\d+)?)(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,5}(?![\d.:])/gu)) {
    const parts = match[0].split(/\s*[:：∶]\s*/u).map(Number);
    const sum = parts.reduce((a, b) => a + b, 0);
    if (parts.length < 2 || Math.abs(sum - 100) > 0.6) continue;
    let at = match.index;
    for (const part of parts) {
      const start = s.indexOf(String(match[0].split(/\s*[:：∶]\s*/u)[parts.indexOf(part)]), at);
      const printed = match[0].split(/\s*[:：∶]\s*/u)[parts.indexOf(part)] ?? '';
      pushExtra(start, start + printed.length, part, '%', 'exact');
      at = start + printed.length;
    }
  }
  // Ranks stated without a number (首位) and the word for doubling (翻番).
  for (const match of s.matchAll(/首位(?!度)|居冠|居首(?!位)/gu)) pushExtra(match.index, match.index + 2, 1, '位', 'exact');
  for (const match of s.matchAll(/居次(?!要)/gu)) pushExtra(match.index, match.index + 2, 2, '位', 'exact');
  // 突破万亿元: a magnitude word alone after a word of passing is one of it.
  for (const match of s.matchAll(/(?:突破|超过|超|破|逾|过)(万亿|亿|万)(元|美元)/gu)) {
    const start = match.index + match[0].length - (match[1]?.length ?? 0) - (match[2]?.length ?? 0);
    pushExtra(start, match.index + match[0].length, 1, `${match[1] ?? ''}${match[2] ?? ''}`, 'over');
  }
  for (const match of s.matchAll(/翻(?:了)?(?:([一两二三])?番|倍)/gu)) {
    const times = 2 ** (match[1] === undefined ? 1 : (parseNumeral(match[1])?.value ?? 1));
    pushExtra(match.index, match.index + match[0].length, times, '倍', 'exact');
  }
  figures.sort((x, y) => x.start - y.start);
  // Over a span of years, 从A…至B: A is the level before the span began, B the level at its end
  // (「十四五」期间，地区生产总值从299.3亿元跃升至391亿元: 2020 and 2025).
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a === undefined || b === undefined || a.unit !== b.unit || a.quote.start !== b.quote.start) continue;
    const span = /^(\d{4})\/(\d{4})$/u.exec(a.period ?? '');
    if (!span || a.period !== b.period) continue;
    if (!/从[^，。；,;]{0,12}$/u.test(s.slice(a.quote.start, a.start)) || !/^[^，。；,;\d]{0,8}(?:至|到)$/u.test(s.slice(a.end, b.start))) continue;
    a.period = String(Number(span[1]) - 1);
    b.period = span[2];
  }
  // A qualifier before a list's first item holds for the rest (分别增加约5968亿元与5963亿元).
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1];
    const b = figures[i];
    if (a === undefined || b === undefined || b.qualifier !== 'exact' || a.quote.start !== b.quote.start) continue;
    if (!['approx', 'over', 'at_least', 'at_most'].includes(a.qualifier) || !/^[与和及、]$/u.test(s.slice(a.end, b.start))) continue;
    if (!BEFORE_QUALIFIERS.some(([pattern]) => pattern.test(s.slice(a.quote.start, a.start)))) continue;
    b.qualifier = a.qualifier;
  }
  // 较首季的3295.3亿元, 仅次于111年22.3兆元: the number right after a comparison's base is the base's own.
  for (const f of figures) {
    const before = s.slice(f.quote.start, f.start);
    const base = /(?:较|比|对比|相比|次于)([^，。；,;]{1,12}?)(?:同期)?的?$/u.exec(before);
    const period = base?.[1] === undefined ? undefined : periodOfPhrase(base[1], script === 'zh-Hant', f.period);
    if (period !== undefined) f.period = period;
  }
  // 2023年第1季、第2季及第3季…分别修订至32.3%、100.9%及120.4%: the periods listed pair with the numbers.
  for (const sentenceStart of new Set(figures.map((f) => sentenceAt(s, f.start).start))) {
    const sentence = sentenceAt(s, sentenceStart);
    const within = s.slice(sentence.start, sentence.end).indexOf('分别');
    if (within < 0) continue;
    const at = sentence.start + within;
    const listed = listedPeriods(
      s.slice(Math.max(sentence.start, clauseAt(s, at).start), at),
      script === 'zh-Hant',
      figures.find((f) => f.start > at && f.start < sentence.end)?.period,
    );
    const after = figures.filter((f) => f.start > at && f.start < sentence.end);
    if (listed.length >= 2 && listed.length === after.length) after.forEach((f, i) => (f.period = listed[i] ?? f.period));
  }
  // A sentence said twice (a summary that repeats the lead) states its figures once.
  const seen = new Set<string>();
  const once = figures.filter((f) => {
    // A clause long enough to be itself (計及2019/20年度從房屋儲備金回撥的212億元) is the same figure
    // wherever it stands; a short one (增长2.3%) only after the same clause as before.
    const clauseText = f.quote.text;
    const before = clauseText.length >= 10 ? '' : text.slice(clauseAt(text, Math.max(0, f.quote.start - 2)).start, f.quote.start);
    const key = `${before}|${clauseText}|${f.start - f.quote.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A figure said again in other words (a headline, then the body: 729.2億美元, 七二九．二億美元) counts
  // once; short rates (增长2.3%) recur as different figures and are kept.
  const stated = new Set<string>();
  const distinct = once.filter((f) => {
    if (/^(?:%|‰|个百分点|個百分點)$/u.test(f.unit) || f.printed.replace(/[^\d]/gu, '').replace(/^0+/u, '').length < 4) return true;
    const key = [f.printed, f.unit, f.qualifier, f.status, f.period].join('|');
    if (stated.has(key)) return false;
    stated.add(key);
    return true;
  });
  return { script, figures: distinct };

  function pushExtra(start: number, end: number, value: number, unit: string, qualifier: ExtractQualifier): void {
    if (figures.some((f) => f.start < end && start < f.end)) return;
    const quote = clauseAt(text, start);
    const complete = finish({ value, printed: printedNumber(value), unit, qualifier, start, end, quoteRange: quote });
    if (complete) figures.push(complete);
  }

  /** The part of a run that reads as a number (3千万元 where 3千 alone would not). */
  function shrinkToParse(_s: string, start: number, end: number): number {
    for (let cut = end - 1; cut > start; cut--) if (numberOf(s.slice(start, cut)) !== undefined) return cut;
    return start;
  }

  type Draft = {
    value: number;
    upper?: number;
    printed: string;
    unit: string | undefined;
    qualifier: ExtractQualifier;
    start: number;
    end: number;
    quoteRange: Range;
  };

  function figureOf(reading: Reading): Draft | undefined {
    const before = s.slice(Math.max(0, reading.start - 8), reading.start);
    const clause = clauseAt(s, reading.start);
    const inClauseBefore = s.slice(clause.start, reading.start);
    // Ranks: 第N位, 排名第N, 位居全省第二.
    if (before.endsWith('第')) {
      const rankWord = RANK_WORDS.test(inClauseBefore.slice(0, -1));
      if (reading.unit === '位' || reading.unit === '名' || (reading.unit === undefined && rankWord)) {
        return {
          value: reading.value,
          printed: reading.printed,
          unit: '位',
          qualifier: 'exact',
          start: reading.start - 1,
          end: reading.end,
          quoteRange: clauseAt(text, reading.start),
        };
      }
      return undefined; // an ordinal: 第二批, 第3次
    }
    if (reading.unit === undefined) {
      // 8.5至10亿元: the range rule gives it the unit of its upper end.
      return {
        value: reading.value,
        printed: reading.printed,
        unit: undefined,
        qualifier: 'exact',
        start: reading.start,
        end: reading.end,
        quoteRange: clauseAt(text, reading.start),
      };
    }
    if (excluded(reading, before)) return undefined;
    let qualifier: ExtractQualifier = 'exact';
    for (const [pattern, code] of BEFORE_QUALIFIERS)
      if (pattern.test(inClauseBefore)) {
        qualifier = code;
        break;
      }
    if (reading.suffix) qualifier = qualifier === 'over' && reading.suffix === 'at_least' ? 'over' : reading.suffix;
    if (reading.plus) qualifier = 'plus';
    if (reading.level) qualifier = 'level';
    return {
      value: reading.value,
      printed: reading.printed,
      unit: reading.unit,
      qualifier,
      start: reading.start,
      end: reading.end,
      quoteRange: clauseAt(text, reading.start),
    };
  }

  /** Durations, names, slogans and 一 meaning "a": numbers with a unit that are no figure. */
  function excluded(reading: Reading, before: string): boolean {
    if (/(?:连续|每|前|后|未来|过去|最近)$/u.test(before) && !/^\d/u.test(s.slice(reading.start)) && reading.chinese) return true;
    // 平均每6人有1人: the other half of a rate.
    if (/每\d+\p{Script=Han}{1,2}就?有$/u.test(before)) return true;
    // 10:16 (a time of day, then 人民日报): no figure.
    if (/\d[:：]$/u.test(before)) return true;
    // 每出国1趟, 每3人: a rate's base, not a figure.
    if (/(?:连续|每\p{Script=Han}{0,2})$/u.test(before)) return true;
    // 首三位, 前30名: the top few, a scope and not a rank (前进1位 is one).
    if ((reading.unit === '位' || reading.unit === '名') && /(?<!向)(?:首|前)$/u.test(before)) return true;
    if (!reading.chinese) return false;
    // A share (两成, 百分之五) is a figure however it is written.
    if (reading.unit === '%' || reading.unit === '成' || reading.unit === '倍' || reading.unit === '‰') return false;
    // Chinese numerals below ten with a counter: 一 is "a" (一批), save as a change (减少一名);
    // 两个确立, 三个强, 六次全会 are names.
    if (reading.value <= 1 && !reading.magnitude) return !/(?:增加|减少|增长|下降|上升|多|少)$/u.test(before);
    // 三次产业 (the three sectors), 六次全会: an event count is written in digits when it is a figure.
    if (reading.unit === '次' || reading.unit === '届') return true;
    if (
      /^[十百千]$/u.test(s.slice(reading.start, reading.start + 1)) &&
      reading.magnitude === '' &&
      reading.value >= 10 &&
      /^[十百千]$/u.test(s[reading.start] ?? '') &&
      !/[一二三四五六七八九两]/u.test(s.slice(reading.start, reading.start + 1))
    ) {
      // 百家, 千人: a round word, not a count (百亿 has its magnitude and stays).
      if (
        s.slice(reading.start, reading.end).replace(/[^十百千]/gu, '').length ===
        s.slice(reading.start, reading.end).replace(/[^十百千一二三四五六七八九两〇零]/gu, '').length
      )
        return true;
    }
    if (reading.value < 10 && reading.magnitude === '' && reading.unit !== '%') {
      if (/[“"「『‘]$/u.test(before) || /届$/u.test(before)) return true;
      const after = s.slice(reading.end, reading.end + 6);
      const words = /^[^，。；、,;：:”"」』’（(\n]*/u.exec(after)?.[0] ?? '';
      if (words.length < 3) return true;
    }
    return false;
  }

  function finish(draft: Draft): ExtractedFigure | undefined {
    if (draft.unit === undefined) return undefined;
    const sentence = sentenceAt(s, draft.start);
    const clause = clauseAt(s, draft.start);
    const words = statusOf(s, draft.start, sentence, clause);
    const { leading, ownClause } = words;
    let status = words.status;
    const placed = periods.detail(draft.start);
    let period = placed.period;
    if (status === 'actual' && period !== undefined && publicationYear !== undefined) {
      // A figure for a later year, or for the whole of a year that has most of it still to run, is a plan.
      // A period that has begun (a fiscal year, a plan under way) is not wholly ahead.
      const year = yearOfPeriod(period);
      if (year > publicationYear) status = 'target';
      // The current year's figures in a text of its first two months are its plans (a work report's).
      else if (period === String(publicationYear) && publicationMonth !== undefined && publicationMonth <= 2) status = 'target';
      // 全年… in an article from before the year's last quarter is the year's plan.
      else if (
        period === String(publicationYear) &&
        publicationMonth !== undefined &&
        publicationMonth <= 9 &&
        /全年/u.test(leading) &&
        !/实际/u.test(ownClause)
      )
        status = 'target';
    }
    // A target set early in a year is that year's, unless its sentence names the year before (the frame
    // of such a text is the year it reviews: see PeriodScope).
    if (
      status === 'target' &&
      publicationYear !== undefined &&
      period === String(publicationYear - 1) &&
      !s.slice(sentence.start, sentence.end).includes(String(publicationYear - 1))
    )
      period = String(publicationYear);
    const unitPrinted = unitAsPrinted(draft);
    const quote = draft.quoteRange;
    return {
      value: draft.value,
      ...(draft.upper === undefined ? {} : { upper: draft.upper }),
      printed: draft.upper === undefined ? draft.printed : `${draft.printed}~${printedNumber(draft.upper)}`,
      unit: unitPrinted,
      qualifier: draft.qualifier,
      status,
      period,
      start: draft.start,
      end: draft.end,
      quote: { ...quote, text: text.slice(quote.start, quote.end) },
      label: labelOf(text, s, quote, draft.start, previousClauseFigure(quote)),
    };
  }

  /** The last figure already read whose clause ends right before `clause` (same sentence). */
  function previousClauseFigure(clause: Range): { label: string; clause: Range } | undefined {
    let last: ExtractedFigure | undefined;
    for (let i = figures.length - 1; i >= 0 && last === undefined; i--) if ((figures[i]?.quote.end ?? Infinity) <= clause.start) last = figures[i];
    return last === undefined ? undefined : { label: last.label, clause: { start: last.quote.start, end: last.quote.end } };
  }

  /** The unit in the article's own characters: the Simplified copy found it, the article prints it. */
  function unitAsPrinted(draft: Draft): string {
    const unit = draft.unit ?? '';
    if (unit === '%') return '%';
    const at = s.lastIndexOf(unit, draft.end);
    if (at >= draft.start && at + unit.length <= draft.end + 1) return text.slice(at, at + unit.length).replace(/％/gu, '%');
    // 首位 and 翻番 print no unit: give it in the article's script.
    return script === 'zh-Hant' ? toTraditionalUnit(unit) : unit;
  }
}

function toTraditionalUnit(unit: string): string {
  return unit.replace(/亿/gu, '億').replace(/万/gu, '萬').replace(/个/gu, '個').replace(/点/gu, '點');
}
