import { BASE_UNIT_WORDS } from '../unit-words';

/**
 * The closed list of units a figure may have, in Simplified script (the rules read a Simplified copy
 * of the text; the unit is then taken from the article as printed). Extend it here: a word not on
 * the list is no unit, and a number without a unit is no figure, which is what keeps dates, years,
 * document numbers, phone numbers and list numbering out.
 */
export const BASE_UNITS: readonly string[] = BASE_UNIT_WORDS.map(([hans]) => hans);

/**
 * Words that start like a unit but measure time or order: 3个月 is a duration, not 3 个; 2025年 a
 * year. Where one of them is the longest match, the number is no figure. 天 and 小时 are units
 * only in a rate (人/天 is not on the list either): a bare 3天 is a duration.
 */
export const NOT_UNITS: readonly string[] = [
  '个月',
  '个工作日',
  '个小时',
  '个季度',
  '个年度',
  '个百分比',
  '年',
  '年度',
  '月',
  '月份',
  '日',
  '号',
  '周',
  '周年',
  '季度',
  '季',
  '期',
  '批',
  '届',
  '天',
  '小时',
  '分钟',
  '秒',
  '岁',
  '点',
  '时',
  '代',
  '世纪',
  '轮',
  '版',
  '级',
  '段',
  '章',
  '条款',
  '个一',
  '个方面',
  '位数',
  '项目',
  '大',
  '方面',
  '名单',
];

/**
 * The longest unit at `at` in the Simplified text, or undefined. A magnitude already read with the
 * number is not part of it. Where a not-unit word is longer (个月 against 个), there is none.
 */
export function unitAt(simplified: string, at: number, units: readonly string[] = BASE_UNITS): string | undefined {
  let best = '';
  for (const unit of units) if (unit.length > best.length && simplified.startsWith(unit, at)) best = unit;
  let stop = '';
  for (const word of NOT_UNITS) if (word.length > stop.length && simplified.startsWith(word, at)) stop = word;
  if (best === '' || stop.length >= best.length) return undefined;
  return best;
}
