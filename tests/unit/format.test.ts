import { describe, expect, it } from 'vitest';
import { formatFigure, formatPeriod, scaleFor, scaled } from '../../electron/common/format';

describe('qualifier-aware formatting', () => {
  it('writes money the way each language reads it', () => {
    expect(formatFigure({ value: 391, unit: '億元', qualifier: 'exact' }, 'zh-Hant')).toBe('391億元');
    expect(formatFigure({ value: 391, unit: '億元', qualifier: 'exact' }, 'zh-Hans')).toBe('391亿元');
    expect(formatFigure({ value: 391, unit: '億元', qualifier: 'exact' }, 'en')).toBe('CNY 39.1 bn');
    expect(formatFigure({ value: 5.4, unit: '億元', qualifier: 'exact' }, 'en')).toBe('CNY 540 million');
    expect(formatFigure({ value: 420, unit: '萬元', qualifier: 'exact' }, 'en')).toBe('CNY 4.2 million');
  });

  it('keeps every qualifier visible', () => {
    expect(formatFigure({ value: 7, unit: '%', qualifier: 'over' }, 'zh-Hant')).toBe('超7%');
    expect(formatFigure({ value: 7, unit: '%', qualifier: 'over' }, 'en')).toBe('> 7%');
    expect(formatFigure({ value: 30, unit: '戶', qualifier: 'at_least' }, 'zh-Hant')).toBe('30戶以上');
    expect(formatFigure({ value: 30, unit: '戶', qualifier: 'at_least' }, 'en')).toBe('≥ 30');
    expect(formatFigure({ value: 20, unit: '項', qualifier: 'plus' }, 'zh-Hant')).toBe('20餘項');
    expect(formatFigure({ value: 20, unit: '項', qualifier: 'plus' }, 'zh-Hans')).toBe('20余项');
    expect(formatFigure({ value: 20, unit: '項', qualifier: 'plus' }, 'en')).toBe('20+');
    expect(formatFigure({ value: 400, unit: '億元', qualifier: 'level' }, 'zh-Hant')).toBe('400億級');
    expect(formatFigure({ value: 400, unit: '億元', qualifier: 'level' }, 'en')).toBe('CNY 40 bn class');
    expect(formatFigure({ value: 10, unit: '萬噸', qualifier: 'level' }, 'zh-Hant')).toBe('10萬噸級');
    expect(formatFigure({ value: 10, unit: '萬噸', qualifier: 'level' }, 'en')).toBe('100,000 t class');
    expect(formatFigure({ value: 3, unit: '%', qualifier: 'approx' }, 'zh-Hant')).toBe('約3%');
  });

  it('scales the English axis without binary noise', () => {
    expect(scaleFor('億元', 'en')).toEqual({ factor: 0.1, unitLabel: 'CNY bn' });
    expect(scaleFor('億元', 'zh-Hans')).toEqual({ factor: 1, unitLabel: '亿元' });
    // 561.3 × 0.1 is 56.129999999999995 and 0.29 × 100 is 28.999999999999996 in binary floating point.
    expect(scaled(561.3, scaleFor('億元', 'en'))).toBe(56.13);
    expect(scaleFor('億元', 'en', 0.29)).toEqual({ factor: 100, unitLabel: 'CNY million' });
    expect(scaled(0.29, scaleFor('億元', 'en', 0.29))).toBe(29);
  });

  it('counts times in the plural English needs', () => {
    expect(formatFigure({ value: 1, unit: '次', qualifier: 'at_least' }, 'en')).toBe('≥ 1 time');
    expect(formatFigure({ value: 2, unit: '次', qualifier: 'exact' }, 'en')).toBe('2 times');
    expect(formatFigure({ value: 1.5, unit: '次', qualifier: 'exact' }, 'en')).toBe('1.5 times');
    expect(formatFigure({ value: 1, unit: '次', qualifier: 'at_least' }, 'zh-Hant')).toBe('1次以上');
  });

  it('names periods', () => {
    expect(formatPeriod('2025-H1', 'zh-Hant')).toBe('2025年上半年');
    expect(formatPeriod('2025-H1', 'en')).toBe('H1 2025');
    expect(formatPeriod('2021/2025', 'en')).toBe('14th Five-Year Plan (2021–2025)');
    expect(formatPeriod('2026/2030', 'zh-Hans')).toBe('2026–2030年');
  });
});

describe('what extraction adds: ranges, upper bounds, quarters, months and the rest of the unit list', () => {
  it('states a range and an upper bound in each language', () => {
    expect(formatFigure({ value: 8.5, upper: 10, unit: '億元', qualifier: 'range' }, 'zh-Hant')).toBe('8.5至10億元');
    expect(formatFigure({ value: 8.5, upper: 10, unit: '億元', qualifier: 'range' }, 'zh-Hans')).toBe('8.5至10亿元');
    expect(formatFigure({ value: 8.5, upper: 10, unit: '億元', qualifier: 'range' }, 'en')).toBe('CNY 0.85–1 bn');
    expect(formatFigure({ value: 3, unit: '%', qualifier: 'at_most' }, 'zh-Hant')).toBe('3%以下');
    expect(formatFigure({ value: 3, unit: '%', qualifier: 'at_most' }, 'en')).toBe('≤ 3%');
  });

  it('names quarters, months and their ranges as each language writes them', () => {
    expect(['2025-Q1', '2025-Q1/2025-Q3', '2025-01/2025-11', '2025-11', '2019-04/2020-03'].map((p) => formatPeriod(p, 'zh-Hant'))).toEqual([
      '2025年第1季',
      '2025年前3季',
      '2025年1至11月',
      '2025年11月',
      '2019年4月至2020年3月',
    ]);
    expect(['2025-Q1', '2025-Q1/2025-Q3', '2025-01/2025-11', '2025-11'].map((p) => formatPeriod(p, 'zh-Hans'))).toEqual([
      '2025年一季度',
      '2025年前三季度',
      '2025年1—11月',
      '2025年11月',
    ]);
    expect(['2025-Q1', '2025-Q1/2025-Q3', '2025-Q2/2025-Q4', '2025-01/2025-11', '2025-11', '2019-04/2020-03'].map((p) => formatPeriod(p, 'en'))).toEqual([
      'Q1 2025',
      'Q1–Q3 2025',
      'Q2–Q4 2025',
      'Jan–Nov 2025',
      'Nov 2025',
      'Apr 2019 – Mar 2020',
    ]);
  });

  it('names units beyond the catalog from the unit list, in each script and in English', () => {
    expect(formatFigure({ value: 54.8, unit: '萬人', qualifier: 'exact' }, 'zh-Hans')).toBe('54.8万人');
    expect(formatFigure({ value: 0.7, unit: '個百分點', qualifier: 'exact' }, 'zh-Hans')).toBe('0.7个百分点');
    expect(formatFigure({ value: 54.8, unit: '萬人', qualifier: 'exact' }, 'en')).toBe('54.8');
    expect(scaleFor('萬人', 'en').unitLabel).toBe('10,000 people');
    expect(scaleFor('噸', 'en').unitLabel).toBe('t');
  });
});
