/**
 * The dataset's closed vocabularies, apart from the zod schema so that the renderer can use them
 * without bundling zod.
 */
import { isKnownUnit } from './unit-words';

/**
 * The units a new workbook offers first. Any unit of the closed list in unit-words.ts (with a
 * magnitude word: 萬人, 億美元) is a unit too; a new one is a deliberate change there, never a typo in the data.
 */
export const UNITS = ['億元', '萬元', '%', '戶', '家', '項', '個', '份', '人次', '名', '位', '平方千米', '萬噸', '倍', '次', '公里/小時', 'GWh'] as const;
/** A unit of unit-words.ts, in the report file's script (Traditional: 億元, 個百分點). */
export type Unit = string;

export function isUnit(text: string): boolean {
  return isKnownUnit(text);
}

/**
 * Counter words: a count of one thing, whichever word counts it (14戶 green factories, of which
 * 7家). Two counts of the same measure may use different counters and still share an axis; counts
 * of different things are different measures whatever their counter (figure.measure).
 */
const COUNTERS: readonly Unit[] = ['戶', '家', '項', '個', '份', '人次', '名', '位', '次', '件', '人', '所', '座', '輛', '臺', '套', '例', '種', '場', '批次'];

export function isCounter(unit: Unit): boolean {
  return COUNTERS.includes(unit);
}

/** 超/突破 over · 以上/至少 at_least · 餘 plus · 級 level · 約 approx · 以下/不超過 at_most · 8.5至10 range (with `upper`). */
export const QUALIFIERS = ['exact', 'over', 'at_least', 'plus', 'level', 'approx', 'at_most', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** 預計 is expected; a plan or goal is a target; everything else reported as done is actual. */
export const STATUSES = ['actual', 'expected', 'target'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A period: a year "2025", a half "2025-H1", a quarter "2025-Q1", a month "2025-11", or an inclusive
 * range of two of one kind (ISO 8601 interval style): "2021/2025" (the 14th Five-Year Plan),
 * "2025-Q1/2025-Q3" (前三季度), "2025-01/2025-11" (1–11月), "2019-04/2020-03" (a fiscal year).
 */
export type PeriodPoint = { year: number; kind: 'year' | 'half' | 'quarter' | 'month'; part: number };
export type PeriodParts = { from: PeriodPoint; to?: PeriodPoint };

const POINT = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/u;

function point(text: string): PeriodPoint | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { year, kind: 'half', part: Number(m[2]) };
  if (m[3] !== undefined) return { year, kind: 'quarter', part: Number(m[3]) };
  if (m[4] !== undefined) return { year, kind: 'month', part: Number(m[4]) };
  return { year, kind: 'year', part: 0 };
}

/** The period's ends; undefined where it is none of the forms above, or a range that runs backwards. */
export function parsePeriod(text: string): PeriodParts | undefined {
  const [a = '', b, ...more] = text.split('/');
  if (more.length > 0) return undefined;
  const from = point(a);
  if (!from) return undefined;
  if (b === undefined) return { from };
  const to = point(b);
  if (!to || to.kind !== from.kind || to.year * 100 + to.part <= from.year * 100 + from.part) return undefined;
  return { from, to };
}

export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== undefined;
}
