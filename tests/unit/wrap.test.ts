import { describe, expect, it } from 'vitest';
import { wideCards } from '../../renderer/src/layout';
import { breakLines, lineTokens, wrapLabel } from '../../renderer/src/text/lines';

describe('axis label wrapping', () => {
  it('never splits a year, a bracketed period or a quoted term', () => {
    expect(wrapLabel('上報市級科技項目建議書的企業（2025年）', 'zh-Hant', 8)).toEqual(['上報市級科技項目', '建議書的企業', '（2025年）']);
    // 專精特新 is one term: never 專精特/新.
    expect(wrapLabel('國家級專精特新「小巨人」企業', 'zh-Hant', 6)).toEqual(['國家級', '專精特新', '「小巨人」', '企業']);
    expect(wrapLabel('以聚醚醚酮為重點，打造百億級產業園', 'zh-Hant', 8).join('/')).not.toMatch(/聚醚醚\/酮|百\/億|產業\/園/u);
  });

  it('wraps English at spaces', () => {
    expect(wrapLabel('Technology contract turnover (14th FYP 2021–25)', 'en', 16)).toEqual(['Technology', 'contract', 'turnover (14th', 'FYP 2021–25)']);
  });
});

describe('line breaking at word boundaries', () => {
  it('breaks Chinese between words, never inside one, a quoted term, a year or a count', () => {
    expect(lineTokens('參加高企認定政策培訓會的企業', 'zh-Hant').join('|')).not.toMatch(/企\|業|認\|定|培\|訓/u);
    expect(lineTokens('國家級專精特新「小巨人」企業', 'zh-Hant')).toContain('「小巨人」');
    expect(lineTokens('完成認定68戶，2025年創新高', 'zh-Hant')).toEqual(expect.arrayContaining(['68戶，', '2025年']));
    expect(lineTokens('各级“专精特新”企业总数', 'zh-Hans')).toContain('“专精特新”');
  });

  it('never leaves one character alone on the last line', () => {
    const lines = breakLines('長春綜旭華友建成10萬噸級動力電池回收線。', 'zh-Hant', 20, (line) => line.length);
    expect(lines.at(-1)!.replace(/\p{P}/gu, '').length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('長春綜旭華友建成10萬噸級動力電池回收線。');
  });

  it('keeps closing punctuation with the word before it and opening marks with the word after', () => {
    for (const token of lineTokens('綠色工廠（14戶）、綠色供應鏈：4個。', 'zh-Hant')) expect(token, token).not.toMatch(/^[，。、；：）」]|[（「]$/u);
  });
});

describe('page layout', () => {
  it('widens a chart left alone in its row', () => {
    expect(wideCards(['kpi', 'slope', 'bar'])).toEqual([true, false, false]);
    expect(wideCards(['bar', 'hbar', 'doughnut', 'kpi'])).toEqual([false, false, true, true]);
    expect(wideCards(['bar', 'kpi'])).toEqual([true, true]);
  });
});
