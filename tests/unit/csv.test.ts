import { describe, expect, it } from 'vitest';
import { chartById } from '../../electron/common/charts/registry';
import { BOM, chartCsv, csvCell, toCsv } from '../../electron/common/csv';
import { LANGS } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { loadedReport } from './report-helpers';

const dataset = loadedReport();

function csvLines(id: string, lang: (typeof LANGS)[number]): string[] {
  const chart = chartById(dataset, id);
  if (!chart) throw new Error(`no chart ${id} in the bundled report`);
  const model = chart.build(dataset, lang);
  return chartCsv(model, lang).replace(BOM, '').trim().split('\r\n');
}

describe('CSV', () => {
  it('starts with a BOM so that Excel reads the Chinese text as UTF-8', () => {
    expect(toCsv([['綠園', 1]]).startsWith(BOM)).toBe(true);
  });

  it('never lets a cell become a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes a chart’s table with qualifier, period and verbatim quote', () => {
    expect(csvLines('overview-kpis', 'zh-Hant')).toContain(
      'industrial-output,工業總產值,561.3,億元,超過,實際,「十四五」時期（2021–2025年）,超561.3億元,工業總產值突破561.3億元,',
    );
    expect(csvLines('overview-kpis', 'en')).toContain(
      'tech-contract-turnover,Technology contract turnover,5.4,CNY 100 million,—,Actual,14th Five-Year Plan (2021–2025),CNY 540 million,技術合同成交額達5.4億元,',
    );
  });

  it('heads every column in the export language', () => {
    expect(csvLines('overview-kpis', 'zh-Hant')[0]).toBe('數據編號,指標,數值,單位,限定,狀態,時期,顯示為,原文,推算（非文章數字）');
    expect(csvLines('overview-kpis', 'en')[0]).toBe(
      'Figure id,Figure,Value,Unit,Qualifier,Status,Period,As shown,Original text,Derived (not printed in the article)',
    );
    for (const lang of LANGS) {
      const header = csvLines('gdp-growth', lang)[0]!.split(',');
      expect(header, lang).toEqual([
        t(lang, 'report.col.id'),
        t(lang, 'table.figure'),
        t(lang, 'table.value'),
        t(lang, 'table.unit'),
        t(lang, 'table.qualifier'),
        t(lang, 'table.status'),
        t(lang, 'table.period'),
        t(lang, 'report.col.shownAs'),
        t(lang, 'table.source'),
        t(lang, 'table.derived'),
      ]);
      // No English slug ("id", "display") left in a Chinese file.
      if (lang !== 'en') for (const cell of header) expect(cell, `${lang}: ${cell}`).toMatch(/\p{Script=Han}/u);
    }
  });
});
