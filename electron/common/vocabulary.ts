/**
 * The dataset's closed vocabularies, apart from the zod schema so that the renderer can use them
 * without bundling zod.
 */
/** The article's own unit words. A new unit is a deliberate change here, never a typo in the data. */
export const UNITS = ['億元', '萬元', '%', '戶', '家', '項', '個', '份', '人次', '名', '位', '平方千米', '萬噸', '倍', '次', '公里/小時', 'GWh'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Counter words: a count of one thing, whichever word counts it (14戶 green factories, of which
 * 7家). Two counts of the same measure may use different counters and still share an axis; counts
 * of different things are different measures whatever their counter (figure.measure).
 */
const COUNTERS: readonly Unit[] = ['戶', '家', '項', '個', '份', '人次', '名', '位', '次'];

export function isCounter(unit: Unit): boolean {
  return COUNTERS.includes(unit);
}

/** 超/突破 over · 以上/至少 at_least · 餘 plus · 級 level · 約 approx. */
export const QUALIFIERS = ['exact', 'over', 'at_least', 'plus', 'level', 'approx'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** 預計 is expected; a plan or goal is a target; everything else reported as done is actual. */
export const STATUSES = ['actual', 'expected', 'target'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A year "2025", a half-year "2025-H1", or an inclusive range "2021/2025" (ISO 8601 interval
 * style); 2021/2025 is the 14th Five-Year Plan.
 */
export const PERIOD_PATTERN = /^(\d{4})(?:-H([12])|\/(\d{4}))?$/u;
