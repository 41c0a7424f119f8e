import { describe, expect, it } from 'vitest';
import { wideCards } from '../../renderer/src/layout';
import { wrapLabel } from '../../renderer/src/wrap';

describe('axis label wrapping', () => {
  it('never splits a year, a bracketed period or a quoted term', () => {
    expect(wrapLabel('上報市級科技項目建議書的企業（2025年）', 'zh-Hant', 8)).toEqual(['上報市級科技項目', '建議書的企業', '（2025年）']);
    expect(wrapLabel('國家級專精特新「小巨人」企業', 'zh-Hant', 6)).toEqual(['國家級專精特', '新「小巨人」', '企業']);
  });

  it('wraps English at spaces', () => {
    expect(wrapLabel('Technology contract turnover (14th FYP 2021–25)', 'en', 16)).toEqual(['Technology', 'contract', 'turnover (14th', 'FYP 2021–25)']);
  });
});

describe('page layout', () => {
  it('widens a chart left alone in its row', () => {
    expect(wideCards(['kpi', 'line', 'bar'])).toEqual([true, false, false]);
    expect(wideCards(['bar', 'hbar', 'doughnut', 'kpi'])).toEqual([false, false, true, true]);
    expect(wideCards(['bar', 'kpi'])).toEqual([true, true]);
  });
});
